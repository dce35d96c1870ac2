/**
 * The therapist's home screen: what needs attention today across their caseload, read in a
 * fixed number of queries from the modules that own the facts, and kept live by their events.
 */
package app.tether.home;
