/** Imports and exports in the field's formats: CSV with HXL hashtags, XLSX, vCard, later IATI and iCalendar. */
package org.enlace.interop;
