package app.tether.homework.ui;

import app.tether.base.ui.Lists;
import app.tether.caseload.CaseKind;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.FrameworkExercises;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.List;

/**
 * The "joint" box wherever homework is given (decision 033), the same on the homework tab and the session
 * page: for a couple, Hope Questions and Collaborative Stance come as joint by default; any other
 * exercise with questions that does not recur may be made joint; outside couple cases there is no box.
 */
public final class JointProposal {

    private JointProposal() {
    }

    /** The one exercise "joint" applies to, if any. */
    public static List<ExerciseDefinition> candidates(CaseKind kind, ExerciseDefinition e) {
        if (kind != CaseKind.COUPLE || e == null || e.recurring() || e.fields().isEmpty()) {
            return List.of();
        }
        return List.of(e);
    }

    /** In a stage set, its talking-together exercises; empty outside couple cases. */
    public static List<ExerciseDefinition> candidates(CaseKind kind, List<ExerciseDefinition> set) {
        return kind != CaseKind.COUPLE ? List.of() : set.stream().filter(FrameworkExercises::talksTogether).toList();
    }

    /** The box shown only with candidates, ticked when they all talk together, naming them. */
    public static void propose(Component c, Checkbox joint, List<ExerciseDefinition> candidates) {
        joint.setVisible(!candidates.isEmpty());
        joint.setValue(!candidates.isEmpty() && candidates.stream().allMatch(FrameworkExercises::talksTogether));
        joint.setHelperText(candidates.isEmpty() ? null : c.getTranslation("hw.assign.joint.help",
                Lists.join(candidates.stream().map(e -> AnswerForm.text(c, e.builtin(), e.title())).toList())));
    }

    /** The ids to send as joint: the candidates when the box is shown and ticked. */
    public static List<Long> chosen(Checkbox joint, List<ExerciseDefinition> candidates) {
        return joint.isVisible() && joint.getValue() ? candidates.stream().map(ExerciseDefinition::id).toList()
                : List.of();
    }
}
