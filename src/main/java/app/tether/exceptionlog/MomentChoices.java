package app.tether.exceptionlog;

import java.util.List;

/**
 * The moments a client may link from homework (see {@link ExceptionLogService#momentsToPick}), and
 * whether older ones of the log were left out of the list: it then holds only the newest
 * {@link ExceptionLogService#MOMENTS_OFFERED} with the marked and the already picked ones.
 */
public record MomentChoices(List<MomentRef> moments, boolean olderLeftOut) {

    public MomentChoices {
        moments = List.copyOf(moments);
    }
}
