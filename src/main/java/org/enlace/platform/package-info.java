/**
 * The platform every module stands on: the embedded database, security, the web shell (layout,
 * languages, errors) and API conventions. It depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.enlace.platform;
