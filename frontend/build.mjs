// Copies the pinned front-end packages into the application's static resources
// (target/classes/static/vendor), so the app serves KRDS, its fonts, htmx and ECharts itself.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'target', 'classes', 'static', 'vendor');
const pkg = (name) => join(here, 'node_modules', name);
mkdirSync(out, { recursive: true });

const krds = join(out, 'krds');
for (const dir of ['fonts', 'img', 'css/common', 'css/component', 'css/token', 'js/component']) {
  cpSync(join(pkg('krds-uiux'), 'resources', dir), join(krds, dir), { recursive: true });
}
// The packaged CDN bundle points its icons at krds.go.kr; serve them from here instead.
const css = readFileSync(join(pkg('krds-uiux'), 'resources/cdn/krds.min.css'), 'utf8')
  .replaceAll('https://www.krds.go.kr/resources/', '../');
mkdirSync(join(krds, 'cdn'), { recursive: true });
writeFileSync(join(krds, 'cdn', 'krds.min.css'), css);
cpSync(join(pkg('krds-uiux'), 'resources/cdn/krds.min.js'), join(krds, 'cdn', 'krds.min.js'));

cpSync(join(pkg('htmx.org'), 'dist', 'htmx.min.js'), join(out, 'htmx', 'htmx.min.js'), { recursive: true });
// the full build draws the maps; pages with bar and line charts only load the common build, a third smaller
for (const build of ['echarts.min.js', 'echarts.common.min.js']) {
  cpSync(join(pkg('echarts'), 'dist', build), join(out, 'echarts', build), { recursive: true });
}

// Brotli and gzip files next to the scripts and icons, served by Spring's EncodedResourceResolver instead of
// compressing a megabyte of ECharts on each download. Not for style sheets: the app rewrites the links in them
// to content-hashed ones, which a precompressed copy would not have (Tomcat gzips those as it sends them).
let compressed = 0;
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|svg)$/.test(entry.name)) {
    continue;
  }
  const file = join(entry.parentPath, entry.name);
  const bytes = readFileSync(file);
  if (bytes.length < 1024) {
    continue;
  }
  writeFileSync(file + '.br', brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(file + '.gz', gzipSync(bytes, { level: 9 }));
  compressed++;
}
console.log('front-end packages copied to ' + out + ', ' + compressed + ' files precompressed');
