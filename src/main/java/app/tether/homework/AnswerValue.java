package app.tether.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class AnswerValue {

    @Column(name = "field_key", nullable = false, length = 48)
    private String fieldKey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String value;

    protected AnswerValue() {
    }

    AnswerValue(String fieldKey, int position, String value) {
        this.fieldKey = fieldKey;
        this.position = position;
        this.value = value;
    }

    String fieldKey() {
        return fieldKey;
    }

    int position() {
        return position;
    }

    String value() {
        return value;
    }
}
