/**
 * The application shell: the main layout with navigation per role, the landing redirect and the
 * not-found page. Nothing depends on this package; it depends on the feature modules' APIs.
 */
package app.tether.shell;
