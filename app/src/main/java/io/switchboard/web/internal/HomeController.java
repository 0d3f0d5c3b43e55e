package io.switchboard.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after sign-in: where to start in this workspace. */
@Controller
class HomeController {
    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
