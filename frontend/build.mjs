// Copies the front end's third-party files from node_modules into site/static/dist/.
//
// Plain Node on purpose: DKFDS ships compiled CSS and JS, so the only "build" left is copying them,
// swapping DKFDS's whole-font @font-face rules for per-script subsets, deriving a right-to-left stylesheet
// with rtlcss for Arabic and writing a small @font-face file for the Arabic typeface. The output is never
// committed; `make frontend` runs this script when its inputs change.
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
// Latin text on Arabic pages is set in IBM Plex Sans (the same design), so the Arabic face needs only
// its Arabic glyphs.
const ARABIC_SUBSETS = ["arabic"];
// The scripts of the portal's languages: Danish and English (latin), Polish (latin-ext), Ukrainian
// (cyrillic, with cyrillic-ext for its rarer letters). Each subset has a unicode-range, so a browser
// downloads only the subsets a page's text uses: a Danish page fetches the latin files alone.
const PLEX_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];
// Until IBM Plex Sans has arrived (font-display: swap), text is set in Arial or its metric twin Liberation
// Sans, scaled to IBM Plex Sans's widths and line metrics (measured in Chromium: regular 100.4 %, bold
// 97.6 %; ascent 1.025 em, descent 0.275 em), so that the swap moves nothing on the page (no layout shift).
// Only for the scripts IBM Plex Sans covers: other text keeps the system font it had.
const PLEX_FALLBACK = "IBM Plex Sans fallback";
const PLEX_FALLBACK_FACES = [
    { weight: "100 500", local: ["Arial", "ArialMT", "Liberation Sans", "LiberationSans"], sizeAdjust: 100.4 },
    {
        weight: "600 900",
        local: ["Arial Bold", "Arial-BoldMT", "Liberation Sans Bold", "LiberationSans-Bold"],
        sizeAdjust: 97.6,
    },
];
const PLEX_STACK = `"IBM Plex Sans","${PLEX_FALLBACK}"`;

// The DKFDS icons the templates use (<use href="{% static 'dist/img/icons.svg' %}#name">);
// tests/home/test_page_weight.py checks that every icon a template names is here.
const ICONS = ["check", "chevron-right", "file", "file-pdf", "search"];

// dkfds exports only its script, so its files are read straight from node_modules.
const DKFDS = path.join(ROOT, "node_modules", "dkfds", "dist");
const FONTSOURCE = path.join(ROOT, "node_modules", "@fontsource", "ibm-plex-sans-arabic");
const PLEX = path.join(ROOT, "node_modules", "@fontsource", "ibm-plex-sans");

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
 * One @font-face rule per subset of a @fontsource face, WOFF2 only, with the subset's unicode-range, its
 * file copied to dist/fonts/<family>/ and its URL relative to dist/css/.
 */
async function subsetFaces({ source, family, file, weight, style, subsets }) {
    const css = await readFile(path.join(source, file), "utf8");
    const dir = path.basename(source);
    const rules = [];
    for (const subset of subsets) {
        const name = `${dir}-${subset}-${weight}-${style}.woff2`;
        const block = css.match(new RegExp(`@font-face \\{[^}]*/${name}\\)[^}]*\\}`));
        const range = block?.[0].match(/unicode-range:\s*([^;]+);/);
        if (!range) {
            throw new Error(`@fontsource/${dir} has no ${subset} subset at ${weight} ${style}`);
        }
        await copy(path.join(source, "files", name), path.join(OUT, "fonts", dir, name));
        rules.push(
            `@font-face{font-display:swap;font-family:"${family}";font-style:${style};font-weight:${weight};` +
                `src:url(../fonts/${dir}/${name}) format("woff2");unicode-range:${range[1].trim().replace(/\s+/g, "")}}`,
        );
    }
    return rules;
}

/**
 * DKFDS's stylesheet with its IBM Plex Sans @font-face rules (whole fonts in EOT, WOFF and WOFF2, 55-65 KB
 * each whatever the page's language) replaced by @fontsource's per-subset WOFF2 ones for the same weights
 * and styles, and the metric-matched fallback face put after IBM Plex Sans in the font stack.
 */
async function subsetPlexSans(css) {
    const faces = [];
    const stripped = css.replace(/@font-face\{[^}]*\}/g, (block) => {
        if (!/font-family:\s*["']?IBM Plex Sans["']?\s*;/.test(block)) {
            return block;
        }
        faces.push({
            weight: Number(block.match(/font-weight:\s*(\d+)/)[1]),
            style: block.match(/font-style:\s*(\w+)/)[1],
        });
        return "";
    });
    if (!faces.length) {
        throw new Error("dkfds no longer declares IBM Plex Sans with @font-face: check frontend/build.mjs");
    }
    const rules = [];
    const ranges = new Set();
    for (const { weight, style } of faces) {
        const file = style === "italic" ? `${weight}-italic.css` : `${weight}.css`;
        const faceRules = await subsetFaces({
            source: PLEX,
            family: "IBM Plex Sans",
            file,
            weight,
            style,
            subsets: PLEX_SUBSETS,
        });
        faceRules.forEach((rule) => ranges.add(rule.match(/unicode-range:([^}]+)/)[1]));
        rules.push(...faceRules);
    }
    const fallback = PLEX_FALLBACK_FACES.map(
        ({ weight, local, sizeAdjust }) =>
            `@font-face{font-family:"${PLEX_FALLBACK}";font-weight:${weight};` +
            `src:${local.map((name) => `local("${name}")`).join(",")};size-adjust:${sizeAdjust}%;` +
            `ascent-override:${((102.5 / sizeAdjust) * 100).toFixed(1)}%;` +
            `descent-override:${((27.5 / sizeAdjust) * 100).toFixed(1)}%;line-gap-override:0%;` +
            `unicode-range:${[...ranges].join(",")}}`,
    );
    const stack = /font-family:IBM Plex Sans,/g;
    if (!stack.test(stripped)) {
        throw new Error("dkfds no longer sets font-family:IBM Plex Sans,…: check frontend/build.mjs");
    }
    const withFallback = stripped.replace(stack, `font-family:${PLEX_STACK},`);
    return { css: rules.join("") + fallback.join("") + withFallback, dkfdsCss: stripped, faces: rules.length };
}

async function buildDkfds() {
    const cssPath = path.join(DKFDS, "css", DKFDS_STYLESHEET);
    const { css, dkfdsCss, faces } = await subsetPlexSans(
        (await readFile(cssPath, "utf8")).replace(SOURCE_MAP_COMMENT, ""),
    );
    const cssDir = path.join(OUT, "css");
    await mkdir(cssDir, { recursive: true });
    await writeFile(path.join(cssDir, "dkfds.min.css"), css);

    // Icons and images keep the paths the stylesheet uses (../img/…); the fonts were copied above.
    const assets = referencedFiles(dkfdsCss);
    for (const reference of assets) {
        await copy(path.resolve(path.dirname(cssPath), reference), path.resolve(cssDir, reference));
    }

    const rtl = rtlcss.process(css);
    await writeFile(path.join(cssDir, "dkfds.rtl.min.css"), rtl);

    // The sprite the templates point <use href="…#name"> at: only the icons they use, not DKFDS's 53 KB.
    const sprite = await readFile(path.join(DKFDS, "img", "all-svg-icons.svg"), "utf8");
    const symbols = ICONS.map((name) => {
        const symbol = sprite.match(new RegExp(`<symbol id="${name}"[^>]*>[\\s\\S]*?</symbol>`));
        if (!symbol) {
            throw new Error(`dkfds has no icon "${name}": check ICONS in frontend/build.mjs`);
        }
        return symbol[0];
    });
    await mkdir(path.join(OUT, "img"), { recursive: true });
    await writeFile(path.join(OUT, "img", "icons.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>`);

    const js = (await readFile(path.join(DKFDS, "js", "dkfds.min.js"), "utf8")).replace(SOURCE_MAP_COMMENT, "");
    await mkdir(path.join(OUT, "js"), { recursive: true });
    await writeFile(path.join(OUT, "js", "dkfds.min.js"), js);
    return { assets: assets.length, faces };
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
        `html { font-family: "IBM Plex Sans Arabic", ${PLEX_STACK}, system-ui, sans-serif; }`,
        "",
    ].join("\n");
    await writeFile(path.join(OUT, "css", "arabic-font.css"), css);
    return rules.length;
}

await rm(OUT, { recursive: true, force: true });
const { assets, faces: plexFaces } = await buildDkfds();
const faces = await buildArabicFont();
console.log(
    `site/static/dist: DKFDS ${DKFDS_STYLESHEET} (+ RTL), ${plexFaces} IBM Plex Sans subset faces, ` +
        `${assets} icons/images, ${faces} Arabic font faces`,
);
