package com.nexusgen.appgen;

import com.nexusgen.domain.code.FileOperation;

import java.util.ArrayList;
import java.util.List;

import static com.nexusgen.appgen.TsNames.attr;
import static com.nexusgen.appgen.TsNames.jsx;
import static com.nexusgen.appgen.TsNames.str;

/**
 * A "page:&lt;path&gt;" task: one component for a PRD page that is not an entity's list, detail or form. The
 * page's kind (landing, sign-in, dashboard, settings, anything else) picks the template; the PRD's words fill it.
 */
final class PageFiles {
    private PageFiles() {
    }

    static List<FileOperation> generate(AppModel app, PageModel page) {
        String source = switch (page.kind()) {
            case LANDING -> landing(app, page);
            case SIGN_IN -> signIn(app, page);
            case DASHBOARD -> dashboard(app, page);
            case SETTINGS -> settings(page);
            default -> generic(app, page);
        };
        return List.of(FileOperation.create(page.file(), source));
    }

    private static void header(Code code, PageModel page) {
        code.line("/** " + TsNames.comment(page.name() + " (" + page.path() + "): " + page.purpose()) + " */");
    }

    static String landing(AppModel app, PageModel page) {
        String start = firstPath(app, PageModel.Kind.SIGN_IN, PageModel.Kind.DASHBOARD);
        EntityModel main = app.entities().isEmpty() ? null : app.entities().getFirst();
        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        if (start != null || main != null) {
            code.line("import { Link } from 'react-router-dom';");
        }
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        if (main != null) {
            code.line("import { " + main.routesAlias() + " } from '../routes';");
        }
        code.blank();
        header(code, page);
        code.line("export default function " + page.component() + "(): ReactElement {");
        code.line(1, "usePageTitle(null);");
        code.line(1, "return (");
        code.line(2, "<>");
        code.line(3, "<section className=\"hero\" aria-labelledby=\"page-title\">");
        code.line(4, "<h1 id=\"page-title\">" + jsx(app.name()) + "</h1>");
        code.line(4, "<p className=\"lead\">" + jsx(app.vision()) + "</p>");
        if (start != null || main != null) {
            code.line(4, "<div className=\"hero-actions\">");
            if (start != null) {
                code.line(5, "<Link className=\"button\" to=" + attr(start) + ">");
                code.line(6, "Get started");
                code.line(5, "</Link>");
            }
            if (main != null) {
                code.line(5, "<Link className=\"button" + (start != null ? " button-secondary" : "") + "\" to={" + main.routesAlias() + ".list}>");
                code.line(6, jsx("Browse " + main.humanPlural()));
                code.line(5, "</Link>");
            }
            code.line(4, "</div>");
        }
        code.line(3, "</section>");
        if (!app.features().isEmpty()) {
            code.line(3, "<section aria-labelledby=\"features-title\">");
            code.line(4, "<h2 id=\"features-title\">What you can do</h2>");
            code.line(4, "<ul className=\"feature-grid\">");
            for (AppModel.Feature feature : app.features()) {
                List<String> details = feature.uiRequirements().isEmpty() ? feature.businessRules() : feature.uiRequirements();
                code.line(5, "<li className=\"feature\">");
                code.line(6, "<h3>" + jsx(feature.name()) + "</h3>");
                if (!details.isEmpty()) {
                    code.line(6, "<p>" + jsx(String.join(", ", details) + ".") + "</p>");
                }
                code.line(5, "</li>");
            }
            code.line(4, "</ul>");
            code.line(3, "</section>");
        }
        if (!app.targetUsers().isEmpty()) {
            code.line(3, "<section aria-labelledby=\"audience-title\">");
            code.line(4, "<h2 id=\"audience-title\">Made for</h2>");
            code.line(4, "<ul className=\"plain-list\">");
            for (String user : app.targetUsers()) {
                code.line(5, "<li>" + jsx(user) + "</li>");
            }
            code.line(4, "</ul>");
            code.line(3, "</section>");
        }
        code.line(2, "</>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    static String signIn(AppModel app, PageModel page) {
        String next = firstPath(app, PageModel.Kind.DASHBOARD);
        if (next == null) {
            next = app.entities().isEmpty() ? "/" : app.entities().getFirst().routes().list();
        }
        Code code = new Code();
        code.line("import { useState, type FormEvent, type ReactElement } from 'react';");
        code.line("import { useNavigate } from 'react-router-dom';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        code.line("import * as session from '../data/session';");
        code.blank();
        code.line("// There is no server behind this app, so signing in only remembers a display name on this device.");
        code.line("// Nothing secret is asked for or stored.");
        header(code, page);
        code.line("export default function " + page.component() + "(): ReactElement {");
        code.line(1, "usePageTitle(" + str(page.name()) + ");");
        code.line(1, "const navigate = useNavigate();");
        code.line(1, "const [user, setUser] = useState(() => session.currentUser());");
        code.line(1, "const [displayName, setDisplayName] = useState(() => session.loadProfile().displayName);");
        code.line(1, "const [email, setEmail] = useState(() => session.loadProfile().email);");
        code.line(1, "const [errors, setErrors] = useState<session.ProfileErrors>({});");
        code.blank();
        code.block(1, """
                const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
                  event.preventDefault();
                  const result = session.signIn({ displayName, email });
                  if (!result.ok) {
                    setErrors(result.errors);
                    return;
                  }
                  navigate(%s);
                };

                const handleSignOut = (): void => {
                  session.signOut();
                  setUser(undefined);
                };
                """.formatted(str(next)));
        code.blank();
        code.line(1, "return (");
        code.line(2, "<section className=\"page page-narrow\" aria-labelledby=\"page-title\">");
        code.line(3, "<h1 id=\"page-title\">" + jsx(page.name()) + "</h1>");
        code.line(3, "<p className=\"lead\">" + jsx(page.purpose()) + "</p>");
        code.block(3, """
                {user === undefined ? null : (
                  <div className="empty-state">
                    <p>You are signed in as {user.displayName}.</p>
                    <button className="button button-secondary" type="button" onClick={handleSignOut}>
                      Sign out
                    </button>
                  </div>
                )}
                <form className="form" noValidate onSubmit={handleSubmit}>
                  {Object.keys(errors).length === 0 ? null : (
                    <p className="form-error" role="alert">
                      Please correct the fields marked below.
                    </p>
                  )}
                  <div className="field">
                    <label htmlFor="sign-in-name">
                      Display name<span className="required-mark" aria-hidden="true">{' *'}</span>
                    </label>
                    <input
                      id="sign-in-name"
                      name="displayName"
                      type="text"
                      autoComplete="nickname"
                      required
                      maxLength={80}
                      value={displayName}
                      onChange={(event) => setDisplayName(event.target.value)}
                      aria-invalid={errors.displayName === undefined ? undefined : true}
                      aria-describedby={errors.displayName === undefined ? undefined : 'sign-in-name-error'}
                    />
                    {errors.displayName === undefined ? null : (
                      <p id="sign-in-name-error" className="field-error">
                        {errors.displayName}
                      </p>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor="sign-in-email">Email (optional)</label>
                    <input
                      id="sign-in-email"
                      name="email"
                      type="email"
                      autoComplete="email"
                      maxLength={254}
                      value={email}
                      onChange={(event) => setEmail(event.target.value)}
                      aria-invalid={errors.email === undefined ? undefined : true}
                      aria-describedby={errors.email === undefined ? undefined : 'sign-in-email-error'}
                    />
                    {errors.email === undefined ? null : (
                      <p id="sign-in-email-error" className="field-error">
                        {errors.email}
                      </p>
                    )}
                  </div>
                  <p className="hint">No account needed: your name stays on this device and is never sent anywhere.</p>
                  <div className="actions">
                    <button className="button" type="submit">
                      Sign in
                    </button>
                  </div>
                </form>
                """);
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    static String dashboard(AppModel app, PageModel page) {
        List<EntityModel> entities = app.entities();
        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        if (!entities.isEmpty()) {
            code.line("import { Link } from 'react-router-dom';");
        }
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        List<String> imports = new ArrayList<>();
        for (EntityModel e : entities) {
            imports.add("import * as " + e.storeAlias() + " from '../data/" + e.module() + "';");
        }
        imports.add("import * as session from '../data/session';");
        imports.stream().sorted().forEach(code::line);
        if (!entities.isEmpty()) {
            code.line("import { " + String.join(", ", entities.stream().map(EntityModel::routesAlias).sorted().toList())
                    + " } from '../routes';");
            code.blank();
            code.line("/** One recently changed record, whatever its entity. */");
            code.line("interface RecentEntry {");
            code.line(1, "key: string;");
            code.line(1, "kind: string;");
            code.line(1, "label: string;");
            code.line(1, "href: string;");
            code.line(1, "updatedAt: string;");
            code.line("}");
            code.blank();
            code.line("const RECENT_LIMIT = 5;");
        }
        code.blank();
        header(code, page);
        code.line("export default function " + page.component() + "(): ReactElement {");
        code.line(1, "usePageTitle(" + str(page.name()) + ");");
        code.line(1, "const user = session.currentUser();");
        for (EntityModel e : entities) {
            code.line(1, "const " + e.camel() + "Items = " + e.storeAlias() + ".list();");
        }
        if (!entities.isEmpty()) {
            code.line(1, "const recent: RecentEntry[] = [");
            for (EntityModel e : entities) {
                code.line(2, "..." + e.camel() + "Items.map((item) => ({");
                code.line(3, "key: " + str(e.slug() + "-") + " + item.id,");
                code.line(3, "kind: " + str(e.title()) + ",");
                code.line(3, "label: " + e.storeAlias() + ".label(item),");
                code.line(3, "href: " + e.routesAlias() + ".detail(item.id),");
                code.line(3, "updatedAt: item.updatedAt,");
                code.line(2, "})),");
            }
            code.line(1, "]");
            code.line(2, ".sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))");
            code.line(2, ".slice(0, RECENT_LIMIT);");
        }
        code.line(1, "return (");
        code.line(2, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(3, "<h1 id=\"page-title\">" + jsx(page.name()) + "</h1>");
        code.line(3, "<p className=\"lead\">");
        code.line(4, "{user === undefined ? " + str(page.purpose()) + " : 'Welcome back, ' + user.displayName + '.'}");
        code.line(3, "</p>");
        if (entities.isEmpty()) {
            code.line(3, "<p className=\"empty-state\">Nothing to show yet.</p>");
        } else {
            code.line(3, "<h2>At a glance</h2>");
            code.line(3, "<ul className=\"stat-grid\">");
            for (EntityModel e : entities) {
                code.line(4, "<li className=\"stat-card\">");
                code.line(5, "<p className=\"stat-value\">{" + e.camel() + "Items.length}</p>");
                code.line(5, "<p className=\"stat-label\">");
                code.line(6, "<Link to={" + e.routesAlias() + ".list}>" + jsx(e.listTitle()) + "</Link>");
                code.line(5, "</p>");
                code.line(4, "</li>");
            }
            code.line(3, "</ul>");
            code.line(3, "<h2>Recent activity</h2>");
            code.line(3, "{recent.length === 0 ? (");
            code.line(4, "<p className=\"empty-state\">" + jsx("Nothing here yet: what you add will show up here.") + "</p>");
            code.line(3, ") : (");
            code.line(4, "<ul className=\"plain-list\">");
            code.line(5, "{recent.map((entry) => (");
            code.line(6, "<li key={entry.key}>");
            code.line(7, "<Link to={entry.href}>{entry.label}</Link>");
            code.line(7, "{' '}");
            code.line(7, "<span className=\"muted\">({entry.kind})</span>");
            code.line(6, "</li>");
            code.line(5, "))}");
            code.line(4, "</ul>");
            code.line(3, ")}");
            code.line(3, "<h2>Quick actions</h2>");
            code.line(3, "<div className=\"actions\">");
            for (EntityModel e : entities) {
                code.line(4, "<Link className=\"button button-secondary\" to={" + e.routesAlias() + ".create}>");
                code.line(5, jsx("New " + e.human()));
                code.line(4, "</Link>");
            }
            code.line(3, "</div>");
        }
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    static String settings(PageModel page) {
        Code code = new Code();
        code.line("import { useState, type FormEvent, type ReactElement } from 'react';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        code.line("import * as session from '../data/session';");
        code.blank();
        header(code, page);
        code.line("export default function " + page.component() + "(): ReactElement {");
        code.line(1, "usePageTitle(" + str(page.name()) + ");");
        code.block(1, """
                const [values, setValues] = useState<session.Profile>(() => session.loadProfile());
                const [errors, setErrors] = useState<session.ProfileErrors>({});
                const [saved, setSaved] = useState(false);

                const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
                  event.preventDefault();
                  const result = session.saveProfile(values);
                  setErrors(result.ok ? {} : result.errors);
                  setSaved(result.ok);
                };

                return (
                  <section className="page page-narrow" aria-labelledby="page-title">
                """);
        code.line(3, "<h1 id=\"page-title\">" + jsx(page.name()) + "</h1>");
        code.line(3, "<p className=\"lead\">" + jsx(page.purpose()) + "</p>");
        code.block(1, """
                <form className="form" noValidate onSubmit={handleSubmit}>
                  <fieldset>
                    <legend>Profile</legend>
                    <div className="field">
                      <label htmlFor="settings-name">
                        Display name<span className="required-mark" aria-hidden="true">{' *'}</span>
                      </label>
                      <input
                        id="settings-name"
                        name="displayName"
                        type="text"
                        autoComplete="nickname"
                        required
                        maxLength={80}
                        value={values.displayName}
                        onChange={(event) => setValues({ ...values, displayName: event.target.value })}
                        aria-invalid={errors.displayName === undefined ? undefined : true}
                        aria-describedby={errors.displayName === undefined ? undefined : 'settings-name-error'}
                      />
                      {errors.displayName === undefined ? null : (
                        <p id="settings-name-error" className="field-error">
                          {errors.displayName}
                        </p>
                      )}
                    </div>
                    <div className="field">
                      <label htmlFor="settings-email">Email (optional)</label>
                      <input
                        id="settings-email"
                        name="email"
                        type="email"
                        autoComplete="email"
                        maxLength={254}
                        value={values.email}
                        onChange={(event) => setValues({ ...values, email: event.target.value })}
                        aria-invalid={errors.email === undefined ? undefined : true}
                        aria-describedby={errors.email === undefined ? undefined : 'settings-email-error'}
                      />
                      {errors.email === undefined ? null : (
                        <p id="settings-email-error" className="field-error">
                          {errors.email}
                        </p>
                      )}
                    </div>
                  </fieldset>
                  <fieldset>
                    <legend>Notifications</legend>
                    <div className="field field-checkbox">
                      <input
                        id="settings-notifications"
                        name="emailNotifications"
                        type="checkbox"
                        checked={values.emailNotifications}
                        onChange={(event) => setValues({ ...values, emailNotifications: event.target.checked })}
                      />
                      <label htmlFor="settings-notifications">Email me about activity</label>
                    </div>
                  </fieldset>
                  <div className="actions">
                    <button className="button" type="submit">
                      Save settings
                    </button>
                    <p role="status" className="hint">
                      {saved ? 'Settings saved.' : ''}
                    </p>
                  </div>
                </form>
              </section>
            );
            """);
        code.line("}");
        return code.toString();
    }

    static String generic(AppModel app, PageModel page) {
        Code code = new Code();
        code.line("import type { ReactElement } from 'react';");
        code.line("import { usePageTitle } from '../components/usePageTitle';");
        code.blank();
        header(code, page);
        code.line("export default function " + page.component() + "(): ReactElement {");
        code.line(1, "usePageTitle(" + str(page.name()) + ");");
        code.line(1, "return (");
        code.line(2, "<section className=\"page\" aria-labelledby=\"page-title\">");
        code.line(3, "<h1 id=\"page-title\">" + jsx(page.name()) + "</h1>");
        code.line(3, "<p className=\"lead\">" + jsx(page.purpose()) + "</p>");
        if (!page.keyElements().isEmpty()) {
            code.line(3, "<h2>On this page</h2>");
            code.line(3, "<ul className=\"plain-list\">");
            for (String element : page.keyElements()) {
                code.line(4, "<li>" + jsx(TsNames.capitalize(element)) + "</li>");
            }
            code.line(3, "</ul>");
        }
        code.line(2, "</section>");
        code.line(1, ");");
        code.line("}");
        return code.toString();
    }

    /** The path of the first parameterless page of the first kind that has one. */
    private static String firstPath(AppModel app, PageModel.Kind... kinds) {
        for (PageModel.Kind kind : kinds) {
            PageModel page = app.firstOfKind(kind);
            if (page != null) {
                return page.path();
            }
        }
        return null;
    }
}
