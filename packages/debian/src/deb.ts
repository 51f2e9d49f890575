/**
 * Reading a `.deb` without dpkg and without holding it in memory. The format (deb(5)): an `ar`
 * archive — `!<arch>\n`, then members of a 60-byte header and their data, padded to an even
 * offset — holding `debian-binary` ("2.0\n"), `control.tar[.gz|.xz|.zst]` and
 * `data.tar[.gz|.xz|.zst]` in that order; members whose names start with `_` may sit between them
 * and are ignored, as dpkg does. The ar headers are read at their offsets and each member is streamed
 * from the file, so a 200 MB package costs a few buffers.
 *
 * A .deb is outside data: each tar member is bounded while it is decompressed (see
 * DebUnpackLimits), so a small compressed bomb is stopped after the bytes a real package could
 * hold, not after it has filled a disk.
 */

import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { extract, type Header } from "tar-stream";
import { quoteForMessage } from "./control.ts";
import { COMPRESSION_BY_SUFFIX, type Compression, decompressed } from "./decompress.ts";
import { DebianError } from "./errors.ts";

const AR_MAGIC = "!<arch>\n";
const AR_HEADER_SIZE = 60;
const TAR_MEMBER = /^(control|data)\.tar(\.gz|\.xz|\.zst)?$/;
/** A control file beyond this is not one dpkg would build; refusing it bounds memory. */
const CONTROL_LIMIT = 1024 * 1024;
/** md5sums lists every file; the largest Debian packages list tens of thousands (a few MiB). */
const MD5SUMS_LIMIT = 32 * 1024 * 1024;
/**
 * What a tar member of a .deb may unpack to, counted on the decompressed tar stream as it flows (and
 * on each entry's declared size before its body is read), so a bomb stops at the cap, not after it
 * has been spooled. The defaults come from measuring Debian 12 (bookworm, main, amd64, 63,440
 * packages, `Installed-Size` against `Size`, then the exact tar bytes of the outliers):
 * - the largest package unpacks to 5.4 GiB (linux-image-*-dbg; kicad-packages3d 5.2 GiB), so 8 GiB;
 * - the highest expansion is 251:1 (librust-alacritty-terminal-dev, 178 kB → 44.7 MB of tar),
 *   atlc-examples 229:1 at 132 MB, libjs-moment-timezone 178:1 at 223 MB, 17 packages above 100:1
 *   — so a 100:1 cap would refuse real packages; 1000:1 is four times the worst real one, and
 *   applies only past 64 MiB, since small text packages compress very well and cost nothing.
 * A 153 kB data.tar.xz that expands to 1 GiB (7000:1) is stopped at 153 MB of tar; one declaring a
 * single 1 GiB file is refused at its header, before a byte of it is written.
 */
export interface DebUnpackLimits {
  /** Bytes of tar a member may unpack to, whatever its compressed size. */
  maxUnpackedBytes: number;
  /** Unpacked bytes per compressed byte of the member, enforced past `ratioFloorBytes`. */
  maxExpansionRatio: number;
  /** Unpacked bytes any member may reach whatever its ratio. */
  ratioFloorBytes: number;
}

export const DEFAULT_DEB_UNPACK_LIMITS: Readonly<DebUnpackLimits> = {
  maxUnpackedBytes: 8 * 1024 ** 3,
  maxExpansionRatio: 1000,
  ratioFloorBytes: 64 * 1024 ** 2,
};

/** The scripts dpkg runs around installation (deb-preinst(5) …, debconf's config). */
export const MAINTAINER_SCRIPTS = ["preinst", "postinst", "prerm", "postrm", "config"] as const;

interface ArMember {
  name: string;
  offset: number;
  size: number;
}

interface DebLayout {
  control: ArMember & { compression: Compression };
  data: ArMember & { compression: Compression };
}

export interface DebControl {
  /** The `control` file's text: one deb822 stanza. */
  control: string;
  /** Which of preinst, postinst, prerm, postrm, config the package carries. */
  maintainerScripts: string[];
  /** The `md5sums` control member's text (`<md5>  <path>` lines), when the package ships one. */
  md5sums?: string;
}

export interface DebDataEntry {
  header: Header;
  /** The entry's content; consume or ignore it (an unread body is drained). */
  body: Readable;
}

/** The control stanza and the maintainer scripts of the .deb at `path`. */
export async function readDebControl(path: string, limits?: DebUnpackLimits): Promise<DebControl> {
  const { control: member } = await debLayout(path);
  let control: string | undefined;
  let md5sums: string | undefined;
  const maintainerScripts: string[] = [];
  await readTarMember(path, member, limits, async ({ header, body }) => {
    const name = header.name.replace(/^\.?\//, "");
    if (name === "control" && header.type === "file") {
      control = (await readLimited(body, CONTROL_LIMIT, `${path}: control file`)).toString("utf8");
    } else if (name === "md5sums" && header.type === "file") {
      md5sums = (await readLimited(body, MD5SUMS_LIMIT, `${path}: md5sums file`)).toString("utf8");
    } else if ((MAINTAINER_SCRIPTS as readonly string[]).includes(name)) {
      maintainerScripts.push(name);
    }
  });
  if (control === undefined) throw new DebianError(`${path}: ${member.name} holds no control file`);
  return { control, maintainerScripts: maintainerScripts.sort(), ...(md5sums === undefined ? {} : { md5sums }) };
}

/**
 * Streams every entry of the .deb's data.tar to `onEntry`, one at a time, in archive order; the
 * member is bounded by `limits` (DEFAULT_DEB_UNPACK_LIMITS unless given).
 */
export async function readDebData(
  path: string,
  onEntry: (entry: DebDataEntry) => Promise<void>,
  limits?: DebUnpackLimits,
): Promise<void> {
  const { data } = await debLayout(path);
  await readTarMember(path, data, limits, onEntry);
}

/** Where the control and data members are, checked against deb(5) and the file's real size. */
async function debLayout(path: string): Promise<DebLayout> {
  const malformed = (problem: string): never => {
    throw new DebianError(`${path}: not a valid .deb: ${problem}`);
  };
  const { size: fileSize } = await stat(path).catch((error: Error) => {
    throw new DebianError(`${path}: cannot read the .deb (${error.message})`);
  });
  const handle = await open(path, "r");
  try {
    const magic = Buffer.alloc(AR_MAGIC.length);
    await handle.read(magic, 0, magic.length, 0);
    if (magic.toString("latin1") !== AR_MAGIC) malformed("no ar archive signature");
    const members: ArMember[] = [];
    for (let offset = AR_MAGIC.length; offset < fileSize; ) {
      const header = Buffer.alloc(AR_HEADER_SIZE);
      const { bytesRead } = await handle.read(header, 0, AR_HEADER_SIZE, offset);
      if (bytesRead < AR_HEADER_SIZE) malformed(`truncated ar header at byte ${offset}`);
      const text = header.toString("latin1");
      if (text.slice(58, 60) !== "`\n") malformed(`bad ar header at byte ${offset}`);
      // GNU ar ends names with "/"; dpkg-deb pads them with spaces.
      const name = text.slice(0, 16).trimEnd().replace(/\/$/, "");
      const sizeText = text.slice(48, 58).trim();
      if (!/^\d+$/.test(sizeText)) malformed(`ar member ${JSON.stringify(name)} has no size`);
      const size = Number(sizeText);
      const dataOffset = offset + AR_HEADER_SIZE;
      if (dataOffset + size > fileSize)
        malformed(
          `member ${JSON.stringify(name)} needs ${size} bytes, the file ends ${fileSize - dataOffset} bytes in (truncated)`,
        );
      members.push({ name, offset: dataOffset, size });
      offset = dataOffset + size + (size % 2);
    }
    const [first, ...rest] = members;
    if (first?.name !== "debian-binary") return malformed("the first member is not debian-binary");
    const version = Buffer.alloc(Math.min(first.size, 16));
    await handle.read(version, 0, version.length, first.offset);
    // deb(5): "2.0\n"; dpkg accepts any 2.x, a later minor version only adding members.
    if (!/^2\.\d+\n/.test(version.toString("latin1")))
      malformed(`format ${JSON.stringify(version.toString("latin1"))}, not 2.x`);
    const tarMembers = rest.filter((member) => !member.name.startsWith("_"));
    const [control, data] = tarMembers.map((member) => {
      const match = TAR_MEMBER.exec(member.name);
      if (!match) malformed(`unexpected member ${JSON.stringify(member.name)}`);
      return { ...member, kind: match?.[1], compression: COMPRESSION_BY_SUFFIX[match?.[2] ?? ""] as Compression };
    });
    if (control?.kind !== "control") malformed("no control.tar member after debian-binary");
    if (data?.kind !== "data") malformed("no data.tar member after control.tar");
    return { control: control as DebLayout["control"], data: data as DebLayout["data"] };
  } finally {
    await handle.close();
  }
}

async function readTarMember(
  path: string,
  member: ArMember & { compression: Compression },
  limits: DebUnpackLimits | undefined,
  onEntry: (entry: DebDataEntry) => Promise<void>,
): Promise<void> {
  if (member.size === 0) throw new DebianError(`${path}: not a valid .deb: ${member.name} is empty`);
  const { limit, why } = unpackLimit(member.size, limits ?? DEFAULT_DEB_UNPACK_LIMITS);
  const tooLarge = (what: string) =>
    new DebianError(
      `${path}: ${member.name} ${what} more than ${limit} bytes (${why}); refused as a decompression bomb`,
    );
  let overLimit: DebianError | undefined;
  let unpacked = 0;
  const source = createReadStream(path, { start: member.offset, end: member.offset + member.size - 1 });
  const tar = extract();
  const feeding = pipeline(
    decompressed(source, member.compression),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        unpacked += chunk.length;
        if (unpacked > limit) {
          overLimit = tooLarge("unpacks to");
          throw overLimit;
        }
        yield chunk;
      }
    },
    tar,
  );
  // Where the tar stream stands by its headers: each entry is a 512-byte header and its body
  // padded to 512 (POSIX ustar). An entry whose declared size passes the limit is refused before
  // its body is read.
  let declared = 0;
  try {
    for await (const entry of tar) {
      declared += TAR_BLOCK + Math.ceil((entry.header.size ?? 0) / TAR_BLOCK) * TAR_BLOCK;
      if (declared > limit) {
        overLimit = tooLarge(`entry ${quoteForMessage(entry.header.name)} would take it to`);
        throw overLimit;
      }
      await onEntry({ header: entry.header, body: entry as unknown as Readable });
      entry.resume();
    }
    await feeding;
  } catch (error) {
    feeding.catch(() => {});
    source.destroy();
    // The limit stops the stream from inside the pipeline; whoever was reading it sees only that
    // it broke off.
    if (overLimit) throw overLimit;
    if (error instanceof DebianError) throw error;
    throw new DebianError(`${path}: ${member.name} is corrupt: ${(error as Error).message}`);
  }
}

const TAR_BLOCK = 512;

/** The bytes a member of `compressedSize` may unpack to under `limits`, and the rule that sets it. */
function unpackLimit(compressedSize: number, limits: DebUnpackLimits): { limit: number; why: string } {
  const byRatio = Math.max(limits.ratioFloorBytes, compressedSize * limits.maxExpansionRatio);
  if (byRatio < limits.maxUnpackedBytes)
    return {
      limit: byRatio,
      why: `an expansion past ${limits.maxExpansionRatio}:1 of its ${compressedSize} compressed bytes, beyond a floor of ${limits.ratioFloorBytes}`,
    };
  return { limit: limits.maxUnpackedBytes, why: "the cap on any package" };
}

async function readLimited(body: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > limit) throw new DebianError(`${what} is over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
