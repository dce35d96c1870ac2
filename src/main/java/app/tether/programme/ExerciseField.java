package app.tether.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A prompt as stored in the library (and, copied, on each assignment). */
@Embeddable
public class ExerciseField {

    @Column(name = "field_key", nullable = false, length = 48)
    private String key;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private FieldKind kind;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(length = 600)
    private String help;

    @Column(name = "min_items", nullable = false)
    private int minItems;

    @Column(name = "max_items", nullable = false)
    private int maxItems;

    @Column(name = "max_length", nullable = false)
    private int maxLength;

    @Column(length = 100)
    private String source;

    protected ExerciseField() {
    }

    public static ExerciseField of(FieldSpec s) {
        ExerciseField f = new ExerciseField();
        f.key = s.key();
        f.kind = s.kind();
        f.label = s.label();
        f.help = s.help();
        f.minItems = s.minItems();
        f.maxItems = s.maxItems();
        f.maxLength = s.maxLength();
        f.source = s.source();
        return f;
    }

    public FieldSpec spec() {
        return new FieldSpec(key, kind, label, help, minItems, maxItems, maxLength, source);
    }
}
