// Builds the WordPress plugin: wordpress/recovery-widgets/ with the CDN build (dist/cdn/) copied into its
// assets/cdn/, as the folder dist/wordpress/recovery-widgets/ and the installable dist/wordpress/recovery-widgets.zip
// (Plugins → Add New → Upload Plugin). The plugin then serves every script itself: nothing from a third-party host.
// Needs `npm run build:lib && npm run build:cdn` first. The zip is written here (stored paths under
// recovery-widgets/, deflated), so no zip program is needed.
//   node scripts/build-wordpress.mjs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'wordpress/recovery-widgets');
const CDN = join(ROOT, 'dist/cdn');
const OUT = join(ROOT, 'dist/wordpress');
const FOLDER = join(OUT, 'recovery-widgets');
const ZIP = join(OUT, 'recovery-widgets.zip');

if (!existsSync(join(CDN, 'recovery-widgets.js'))) {
  console.error('dist/cdn/recovery-widgets.js is missing: run `npm run build:lib && npm run build:cdn` first.');
  process.exit(1);
}

// The plugin's version follows the package's, so a release needs no second edit.
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(SOURCE, FOLDER, { recursive: true });
cpSync(CDN, join(FOLDER, 'assets/cdn'), { recursive: true });
const main = join(FOLDER, 'recovery-widgets.php');
writeFileSync(
  main,
  readFileSync(main, 'utf8')
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(/'RECOVERY_WIDGETS_VERSION', '[^']*'/, `'RECOVERY_WIDGETS_VERSION', '${version}'`),
);
const readme = join(FOLDER, 'readme.txt');
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/^(Stable tag:\s+).*$/m, `$1${version}`));

function files(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** A ZIP archive (PKWARE APPNOTE 4.3: local headers, data, central directory), deflated, UTF-8 names. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const date = new Date(2000, 0, 1); // a fixed time, so a build of the same files gives the same bytes
  const dosTime = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const dosDate = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = (signature, size) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = head(0x04034b50, 30);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = head(0x02014b50, 46);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entries = files(FOLDER).map((file) => ({
  name: ['recovery-widgets', ...relative(FOLDER, file).split(sep)].join('/'),
  data: readFileSync(file),
}));
writeFileSync(ZIP, zip(entries));
console.log(`${relative(ROOT, ZIP)}: ${entries.length} files, ${(statSync(ZIP).size / 1024).toFixed(0)} kB (plugin ${version})`);
