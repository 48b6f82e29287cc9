package org.enlace.mechanisms.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.enlace.mechanisms.MechanismViews.MechanismDetail;
import org.enlace.mechanisms.MechanismViews.MechanismSummary;
import org.enlace.mechanisms.Mechanisms;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mechanisms")
@Tag(name = "Mechanisms", description = "Inter-state consultation mechanisms, their members, bodies and presidencies")
class MechanismApi {

	private final Mechanisms mechanisms;

	MechanismApi(Mechanisms mechanisms) {
		this.mechanisms = mechanisms;
	}

	@GetMapping
	@Operation(summary = "All mechanisms with their current number of members and observers")
	List<MechanismSummary> all() {
		return mechanisms.all();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One mechanism with members, observers, bodies, presidencies and instruments")
	MechanismDetail one(@PathVariable String code) {
		return mechanisms.find(code);
	}
}
