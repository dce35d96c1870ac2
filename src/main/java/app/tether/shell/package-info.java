/**
 * The application shell: the main layout with the side navigation built from the views' {@code @Menu}
 * annotations, the landing redirect and the not-found page (also for refusals thrown while entering
 * a view). It depends on the feature modules' APIs; the only reference back is the case pages' frame
 * naming {@link app.tether.shell.MainLayout} as its parent layout (decision 019).
 */
package app.tether.shell;
