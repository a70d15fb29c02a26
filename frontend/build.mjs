// Copies the front end's third-party files from node_modules into site/static/dist/.
//
// Plain Node on purpose: DKFDS ships compiled CSS and JS, so the only "build" left is copying them,
// deriving a right-to-left stylesheet with rtlcss for Arabic and writing a small @font-face file for the
// Arabic typeface. The output is never committed; `make frontend` runs this script when its inputs change.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import rtlcss from "rtlcss";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "site", "static", "dist");

// The neutral DKFDS theme: the portal is the libraries' own site, not a self-service solution on
// borger.dk or virk.dk, so it should not wear either portal's branding.
const DKFDS_STYLESHEET = "dkfds.min.css";
const ARABIC_WEIGHTS = [400, 600, 700];
const ARABIC_SUBSETS = ["arabic", "latin"];

// dkfds exports only its script, so its files are read straight from node_modules.
const DKFDS = path.join(ROOT, "node_modules", "dkfds", "dist");
const FONTSOURCE = path.join(ROOT, "node_modules", "@fontsource", "ibm-plex-sans-arabic");

const SOURCE_MAP_COMMENT = /\/[*/]# sourceMappingURL=\S+(?:\s*\*\/)?\s*$/;

async function copy(from, to) {
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
}

/** Every local file a stylesheet refers to with url(...), without query strings or fragments. */
function referencedFiles(css) {
    const files = new Set();
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const reference = match[1].split(/[?#]/)[0];
        if (reference && !/^(data:|[a-z]+:\/\/|\/)/i.test(reference)) {
            files.add(reference);
        }
    }
    return [...files].sort();
}

/**
 * Each DKFDS @font-face with its WOFF2 file only. DKFDS lists EOT and WOFF before WOFF2 for the regular
 * weight, so browsers fetched the 77 KB WOFF instead of the 55 KB WOFF2; every browser the portal supports
 * reads WOFF2, and the older formats are then not copied at all.
 */
function woff2Only(css) {
    return css.replace(/@font-face\{[^}]*\}/g, (block) =>
        block.replace(/src:[^;}]+/, (src) => {
            const woff2 = src.match(/url\(([^)]+\.woff2)\)\s*format\("woff2"\)/);
            return woff2 ? `src:url(${woff2[1]}) format("woff2")` : src;
        }),
    );
}

async function buildDkfds() {
    const cssPath = path.join(DKFDS, "css", DKFDS_STYLESHEET);
    const css = woff2Only((await readFile(cssPath, "utf8")).replace(SOURCE_MAP_COMMENT, ""));
    const cssDir = path.join(OUT, "css");
    await mkdir(cssDir, { recursive: true });
    await writeFile(path.join(cssDir, "dkfds.min.css"), css);

    // Fonts and icons keep the paths the stylesheet uses (../fonts/…, ../img/…).
    const assets = referencedFiles(css);
    for (const reference of assets) {
        await copy(path.resolve(path.dirname(cssPath), reference), path.resolve(cssDir, reference));
    }

    const rtl = rtlcss.process(css);
    await writeFile(path.join(cssDir, "dkfds.rtl.min.css"), rtl);

    // The sprite the templates point <use href="…#name"> at.
    await copy(path.join(DKFDS, "img", "all-svg-icons.svg"), path.join(OUT, "img", "all-svg-icons.svg"));

    const js = (await readFile(path.join(DKFDS, "js", "dkfds.min.js"), "utf8")).replace(SOURCE_MAP_COMMENT, "");
    await mkdir(path.join(OUT, "js"), { recursive: true });
    await writeFile(path.join(OUT, "js", "dkfds.min.js"), js);
    return assets.length;
}

/** The weights and subsets of IBM Plex Sans Arabic the portal uses, and an @font-face file for them. */
async function buildArabicFont() {
    const rules = [];
    for (const weight of ARABIC_WEIGHTS) {
        const css = await readFile(path.join(FONTSOURCE, `${weight}.css`), "utf8");
        for (const subset of ARABIC_SUBSETS) {
            const name = `ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`;
            const block = css.match(new RegExp(`@font-face \\{[^}]*${name}[^}]*\\}`));
            const range = block?.[0].match(/unicode-range:\s*([^;]+);/);
            if (!range) {
                throw new Error(`@fontsource/ibm-plex-sans-arabic has no ${subset} subset at weight ${weight}`);
            }
            await copy(path.join(FONTSOURCE, "files", name), path.join(OUT, "fonts", "ibm-plex-sans-arabic", name));
            rules.push(
                [
                    "@font-face {",
                    '  font-family: "IBM Plex Sans Arabic";',
                    "  font-style: normal;",
                    `  font-weight: ${weight};`,
                    "  font-display: swap;",
                    `  src: url("../fonts/ibm-plex-sans-arabic/${name}") format("woff2");`,
                    `  unicode-range: ${range[1].trim()};`,
                    "}",
                ].join("\n"),
            );
        }
    }
    const css = [
        "/* IBM Plex Sans Arabic (SIL Open Font License 1.1), from @fontsource/ibm-plex-sans-arabic. */",
        ...rules,
        'html { font-family: "IBM Plex Sans Arabic", "IBM Plex Sans", system-ui, sans-serif; }',
        "",
    ].join("\n");
    await writeFile(path.join(OUT, "css", "arabic-font.css"), css);
    return rules.length;
}

await rm(OUT, { recursive: true, force: true });
const assets = await buildDkfds();
const faces = await buildArabicFont();
console.log(`site/static/dist: DKFDS ${DKFDS_STYLESHEET} (+ RTL), ${assets} fonts/icons, ${faces} Arabic font faces`);
