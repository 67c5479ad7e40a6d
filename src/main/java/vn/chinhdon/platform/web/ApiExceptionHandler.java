package vn.chinhdon.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.MessageArgs;
import vn.chinhdon.platform.NotFoundException;
import vn.chinhdon.platform.ValidationException;

/** RFC 9457 Problem Details for every API failure, in Vietnamese unless English is asked for. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound", e, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden", e, null);
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AuthorizationDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden", text("error.forbidden"), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "problem.conflict", e, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "problem.conflict", text("error.stale"), null);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ValidationException.Problem p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (p.row() != null) {
                error.put("row", p.row());
            }
            if (p.field() != null) {
                error.put("field", p.field());
            }
            error.put("message", messages.getMessage(p.messageKey(), MessageArgs.format(p.args(), locale()), p.messageKey(), locale()));
            errors.add(error);
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.validation", e, errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(), "message",
                messages.getMessage(f, locale()))));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.validation",
                text("error.validation", errors.size()), errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        String detail = e instanceof MissingServletRequestParameterException m ? text("error.missingParameter", m.getParameterName())
                : e instanceof MissingServletRequestPartException m ? text("error.missingParameter", m.getRequestPartName())
                : e instanceof MethodArgumentTypeMismatchException m ? text("error.badParameter", m.getName())
                : text("error.unreadable");
        return problem(HttpStatus.BAD_REQUEST, "problem.badRequest", detail, null);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String titleKey, DomainException e,
            List<Map<String, Object>> errors) {
        return problem(status, titleKey, messages.getMessage(e.messageKey(), MessageArgs.format(e.args(), locale()), e.messageKey(), locale()), errors);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String titleKey, String detail,
            List<Map<String, Object>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(text(titleKey));
        if (errors != null) {
            pd.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(pd);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
