/** Imports and exports in the field's formats: CSV with HXL hashtags, XLSX, vCard, IATI 2.03 activity XML, later iCalendar. */
package org.enlace.interop;
