/**
 * The activities tracker, "who does what where": activities (IATI-aligned) with their
 * participating organisations, recipient countries, funding transactions, indicators and progress
 * reports. The reading facade is {@link org.enlace.activities.Activities}; changes go through
 * {@link org.enlace.activities.RecordingActivities}, {@link org.enlace.activities.RecordingFunding},
 * {@link org.enlace.activities.ReportingProgress} and {@link org.enlace.activities.ExchangeRates}.
 */
package org.enlace.activities;
