package com.nexusgen.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.nexusgen.review.Reviewed.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessibilityRulesTest {

    // ------------------------------------------------------------------ img-alt

    @Test
    void imgAlt_shouldFlagTheImage_whenItHasNoAltAttribute() {
        // GIVEN a card with one image missing alt, its tag spread over lines
        String source = """
                export const Card = ({ photo }: { photo: string }) => (
                  <figure>
                    <img
                      src={photo}
                      className="rounded"
                    />
                  </figure>
                );
                """;
        // WHEN reviewed // THEN the <img line is reported
        assertEquals(List.of(3), lines("img-alt", "src/Card.tsx", source));
    }

    @Test
    void imgAlt_shouldStaySilent_whenAltIsPresentEvenEmptyOrInsideStringsAndComments() {
        // GIVEN described and decorative images, a spread, an <img in a string and in a comment, an Image component
        String source = """
                // <img src="x.png"> in a comment
                const html = '<img src="y.png">';
                export const Gallery = (props: ImgProps) => (
                  <div>
                    <img src="/logo.svg" alt="Acme logo" />
                    <img src="/divider.svg" alt="" />
                    <img {...props} />
                    <Image src="/z.png" />
                  </div>
                );
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("img-alt", "src/Gallery.tsx", source));
    }

    @Test
    void imgAlt_shouldFlagHtmlImages_whenAPageImageHasNoAlt() {
        // GIVEN index.html with an image in a comment (ignored) and one missing alt
        String html = "<!doctype html>\n<html lang=\"en\">\n<!-- <img src=a.png> -->\n<body><IMG SRC=\"b.png\"></body>\n</html>\n";
        // WHEN reviewed // THEN only line 4 is reported
        assertEquals(List.of(4), lines("img-alt", "index.html", html));
    }

    // ------------------------------------------------------------------ control-label

    @Test
    void controlLabel_shouldFlagControls_whenNothingLabelsThem() {
        // GIVEN an input with only a placeholder, a select, and a textarea whose label points elsewhere
        String source = """
                export function Search() {
                  return (
                    <form>
                      <input
                        type="search"
                        placeholder="Search recipes"
                      />
                      <select value={sort}><option>Newest</option></select>
                      <label htmlFor="notes">Notes</label>
                      <textarea id="comments" />
                    </form>
                  );
                }
                """;
        // WHEN reviewed // THEN the three controls are reported at their opening lines
        assertEquals(List.of(4, 8, 10), lines("control-label", "src/Search.tsx", source));
    }

    @Test
    void controlLabel_shouldStaySilent_whenEachControlIsLabelledOneWayOrAnother() {
        // GIVEN htmlFor/id (literal and expression), wrapping labels (also around multi-line tags),
        // aria-label, aria-labelledby, a <Label> component, a spread, exempt input types, and an
        // unlabelled input that is only in a JSX comment
        String source = """
                export function Signup() {
                  const emailId = useId();
                  return (
                    <form>
                      <label htmlFor="name">Name</label>
                      <input id="name" type="text" />
                      <label htmlFor={emailId}>Email</label>
                      <input id={emailId} type="email" />
                      <label>
                        Password
                        <input
                          type="password"
                          value={password}
                        />
                      </label>
                      <input aria-label="Search" type="search" />
                      <span id="age-label">Age</span>
                      <select aria-labelledby="age-label"><option>18+</option></select>
                      <Label htmlFor="bio">Bio</Label>
                      <textarea id="bio" />
                      <input {...register('phone')} />
                      <input type="hidden" name="csrf" value={csrf} />
                      <input type="submit" value="Sign up" />
                      {/* <input placeholder="old field" /> */}
                    </form>
                  );
                }
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("control-label", "src/Signup.tsx", source));
    }

    @Test
    void controlLabel_shouldUseTheForAttribute_whenTheControlIsInAnHtmlPage() {
        // GIVEN an HTML form with one associated and one unassociated input
        String html = """
                <html lang="en"><body><form>
                  <label for="q">Query</label><input id="q" name="q">
                  <input name="other">
                </form></body></html>
                """;
        // WHEN reviewed // THEN only the unassociated input is reported
        assertEquals(List.of(3), lines("control-label", "search.html", html));
    }

    // ------------------------------------------------------------------ button-name

    @Test
    void buttonName_shouldFlagTheButton_whenItHasOnlyAnIconOrNothing() {
        // GIVEN an icon-only button, an empty self-closing button and a button holding only a JSX comment
        String source = """
                export const Toolbar = () => (
                  <div>
                    <button onClick={remove}>
                      <TrashIcon className="h-4 w-4" />
                    </button>
                    <button type="button" />
                    <button>{/* TODO */}</button>
                  </div>
                );
                """;
        // WHEN reviewed // THEN all three buttons are reported
        assertEquals(List.of(3, 6, 7), lines("button-name", "src/Toolbar.tsx", source));
    }

    @Test
    void buttonName_shouldStaySilent_whenTheButtonHasTextAnExpressionALabelOrAnAltImage() {
        // GIVEN buttons named by text, by an expression, by aria-label, by a child's text and alt, by title,
        // an empty button passed as a render prop (the host supplies its children), and empty buttons only
        // in a string and a comment
        String source = """
                const template = '<button></button>'; // <button />
                export const Actions = ({ label }: { label: string }) => (
                  <div>
                    <button>Don't save</button>
                    <button>{label}</button>
                    <button aria-label="Close dialog"><XIcon aria-hidden="true" /></button>
                    <button><XIcon /><span className="sr-only">Close</span></button>
                    <button><img src="/x.svg" alt="Close" /></button>
                    <button title="Refresh"><RefreshIcon /></button>
                    <button {...rest} />
                    <Menu.Trigger render={<button className="trigger" />}>Options</Menu.Trigger>
                  </div>
                );
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("button-name", "src/Actions.tsx", source));
    }

    // ------------------------------------------------------------------ html-lang

    @Test
    void htmlLang_shouldFlagTheHtmlTag_whenItHasNoLang() {
        // GIVEN Vite's index.html without lang
        String html = "<!doctype html>\n<html>\n  <head><title>App</title></head>\n  <body><div id=\"root\"></div></body>\n</html>\n";
        // WHEN reviewed // THEN the <html> line is reported
        assertEquals(List.of(2), lines("html-lang", "index.html", html));
    }

    @Test
    void htmlLang_shouldFlagTheDoctype_whenTheDocumentHasNoHtmlElementOrAnEmptyLang() {
        // GIVEN a document with no <html> element at all, and one with lang=""
        // WHEN reviewed // THEN the doctype line, and the empty lang's line, are reported
        assertEquals(List.of(1), lines("html-lang", "a.html", "<!DOCTYPE html>\n<title>x</title>\n"));
        assertEquals(List.of(2), lines("html-lang", "b.html", "<!doctype html>\n<html lang=\"\">\n</html>\n"));
    }

    @Test
    void htmlLang_shouldStaySilent_whenLangIsSetOrTheFileIsAFragmentOrNotHtml() {
        // GIVEN a proper document, an HTML fragment, and a TSX file rendering <html> without lang
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("html-lang", "index.html", "<!doctype html>\n<html lang=\"en\">\n</html>\n"));
        assertEquals(List.of(), lines("html-lang", "partials/footer.html", "<footer>(c) Acme</footer>\n"));
        assertEquals(List.of(), lines("html-lang", "src/Doc.tsx", "export const D = () => <html><body /></html>;\n"));
    }

    // ------------------------------------------------------------------ anchor-content

    @Test
    void anchorContent_shouldFlagTheLink_whenItHasNoContentAndNoLabel() {
        // GIVEN an icon-only link and an empty self-closing link
        String source = """
                export const Social = () => (
                  <footer>
                    <a href="https://github.com/acme"><GithubIcon /></a>
                    <a href="/top" />
                  </footer>
                );
                """;
        // WHEN reviewed // THEN both are reported
        assertEquals(List.of(3, 4), lines("anchor-content", "src/Social.tsx", source));
    }

    @Test
    void anchorContent_shouldStaySilent_whenTheLinkHasTextALabelOrIsNotALink() {
        // GIVEN links with text, with an aria-label, with dynamic content, a named anchor without href,
        // an empty link passed as a render prop, and an empty link only in a comment
        String source = """
                /* <a href="/old"></a> */
                export const Nav = ({ user }: { user: User }) => (
                  <nav>
                    <a href="/">Home</a>
                    <a href="https://github.com/acme" aria-label="Acme on GitHub"><GithubIcon /></a>
                    <a href={`/users/${user.id}`}>{user.name}</a>
                    <a id="top"></a>
                    <SidebarButton render={<a href="/settings" />}>Settings</SidebarButton>
                  </nav>
                );
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("anchor-content", "src/Nav.tsx", source));
    }
}
