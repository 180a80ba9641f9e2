package csp.enrollment.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page's header needs (who is logged in, which parts of the console they may
 * use), and the page shown when a service refuses or fails a call.
 */
@ControllerAdvice
class ConsoleModel {

    @ModelAttribute("person")
    String person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("times")
    Times times() {
        return Times.INSTANCE;
    }

    @ModelAttribute("can")
    Permissions can() {
        return Permissions.of(SecurityContextHolder.getContext().getAuthentication());
    }

    @ExceptionHandler(ApiProblem.class)
    String serviceRefused(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status() >= 500 ? 502 : problem.status());
        model.addAttribute("message", problem.getMessage());
        model.addAttribute("person", person());
        model.addAttribute("can", can());
        model.addAttribute("times", times());
        return "problem";
    }

    @ExceptionHandler(PageNotFound.class)
    String notFound(PageNotFound notFound, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("message", notFound.getMessage());
        model.addAttribute("person", person());
        model.addAttribute("can", can());
        model.addAttribute("times", times());
        return "problem";
    }

}
