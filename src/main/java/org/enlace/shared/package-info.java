/**
 * Tiny value types every module may use: localized text, the acting user, typed failures.
 * No beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.enlace.shared;
