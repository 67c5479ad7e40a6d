package vn.chinhdon.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.chinhdon.platform.ConflictException;
import vn.chinhdon.platform.DomainException;
import vn.chinhdon.platform.ForbiddenException;
import vn.chinhdon.platform.NotFoundException;

/** Failures on pages: a readable error page with the status the API would give. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        return page(404, e);
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden(ForbiddenException e) {
        return page(403, e);
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(ConflictException e) {
        return page(409, e);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView stale() {
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("status", 409);
        mav.addObject("messageKey", "error.stale");
        mav.addObject("args", new Object[0]);
        return mav;
    }

    private static ModelAndView page(int status, DomainException e) {
        ModelAndView mav = new ModelAndView("error/problem");
        mav.addObject("status", status);
        mav.addObject("messageKey", e.messageKey());
        mav.addObject("args", e.args());
        return mav;
    }
}
