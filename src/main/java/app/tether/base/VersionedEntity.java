package app.tether.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Base for entities users edit: database id plus an optimistic-lock version. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Throws when the caller edited an older copy than the one stored. */
    public void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleDataException();
        }
    }
}
