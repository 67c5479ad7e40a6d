package vn.chinhdon.review.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import vn.chinhdon.platform.FormErrors;
import vn.chinhdon.review.AssignmentKind;
import vn.chinhdon.review.FeedbackSource;
import vn.chinhdon.review.FeedbackState;
import vn.chinhdon.review.FeedbackView;
import vn.chinhdon.review.ReviewState;
import vn.chinhdon.review.ReviewView;
import vn.chinhdon.review.web.ReviewForms.AssignForm;
import vn.chinhdon.review.web.ReviewForms.FeedbackForm;
import vn.chinhdon.review.web.ReviewForms.FinalReportForm;
import vn.chinhdon.review.web.ReviewForms.RemedyRow;
import vn.chinhdon.review.web.ReviewForms.SessionForm;
import vn.chinhdon.review.web.ReviewForms.SuggestionForm;
import vn.chinhdon.review.web.ReviewForms.VerifyForm;

/**
 * What the review page shows besides the view: which of its forms the caller's actions and the order allow, each
 * with its values and problems after a refused POST, why the review must wait, the items its conclusion cites.
 */
final class ReviewDetail {

    static final int ROWS = 3;
    static final int MAX_ROWS = 30;

    private ReviewDetail() {
    }

    static int rows(Integer rows) {
        return rows == null ? ROWS : Math.max(ROWS, Math.min(MAX_ROWS, rows));
    }

    /** The model of the page; {@code key}/{@code form}/{@code errors}: the refused form, or nulls. */
    static void model(ReviewView v, LocalDate today, ReviewPageMessages messages, String key, Object form,
            FormErrors errors, Integer rows, Model model) {
        var a = v.actions();
        boolean pending = v.state() == ReviewState.PENDING;
        Map<String, Object> forms = new HashMap<>();
        forms.put("suggest", new SuggestionForm(null, today, v.version()));
        forms.put("feedback", new FeedbackForm(null, null, null, null, today, v.version()));
        int n = rows(rows);
        List<RemedyRow> empty = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            empty.add(RemedyRow.EMPTY);
        }
        forms.put("session", new SessionForm(today, null, null, null, null, null, null, null, List.of(), empty,
                v.version()));
        forms.put("final", new FinalReportForm(null, null, v.version()));
        Map<Long, VerifyForm> verify = new HashMap<>();
        Map<Long, AssignForm> assign = new HashMap<>();
        for (FeedbackView fb : v.feedback()) {
            verify.put(fb.id(), new VerifyForm(null, null, fb.version()));
            assign.put(fb.id(), new AssignForm(AssignmentKind.EXPLAIN.name(), null, fb.version()));
        }
        Map<String, FormErrors> errs = new HashMap<>();
        if (key != null) {
            if (form instanceof SessionForm s) {
                // rows left empty arrive as gaps of the bound list
                List<RemedyRow> padded = new ArrayList<>();
                (s.remedies() == null ? List.<RemedyRow>of() : s.remedies())
                        .forEach(r -> padded.add(r == null ? RemedyRow.EMPTY : r));
                while (padded.size() < n) {
                    padded.add(RemedyRow.EMPTY);
                }
                form = new SessionForm(s.heldOn(), s.durationMinutes(), s.present(), s.expected(), s.chair(),
                        s.superiorRepresentative(), s.report(), s.conclusion(),
                        s.citedFeedbackIds() == null ? List.of() : s.citedFeedbackIds(), padded, s.version());
                n = Math.max(n, padded.size());
            }
            if (form instanceof VerifyForm f && key.startsWith("verify-")) {
                verify.put(Long.valueOf(key.substring("verify-".length())), f);
            } else if (form instanceof AssignForm f && key.startsWith("assign-")) {
                assign.put(Long.valueOf(key.substring("assign-".length())), f);
            } else if (form != null) {
                forms.put(key, form);
            }
            errs.put(key, errors);
        }
        forms.put("verify", verify);
        forms.put("assign", assign);

        String blocked = v.blockedKey() == null ? null : messages.text(v.blockedKey(), v.blockedArg());
        List<FeedbackView> substantiated = v.feedback().stream().filter(f -> f.state() == FeedbackState.SUBSTANTIATED)
                .toList();
        List<FeedbackView> cited = v.feedback().stream().filter(f -> v.citedFeedbackIds().contains(f.id())).toList();
        model.addAttribute("v", v);
        model.addAttribute("today", today);
        model.addAttribute("f", forms);
        model.addAttribute("errs", errs);
        model.addAttribute("refused", key);
        model.addAttribute("rows", n);
        model.addAttribute("blocked", blocked);
        model.addAttribute("showSession", a.record() && pending && blocked == null);
        model.addAttribute("showFinal", v.collective() && v.state() == ReviewState.HELD && a.record() && blocked == null);
        model.addAttribute("substantiated", substantiated);
        model.addAttribute("cited", cited);
        model.addAttribute("unverified", v.feedback().stream().filter(f -> f.state() == FeedbackState.UNVERIFIED).count());
        model.addAttribute("sources", FeedbackSource.values());
        model.addAttribute("assignmentKinds", AssignmentKind.values());
    }
}
