/**
 * Reading a `.deb` without dpkg and without holding it in memory. The format (deb(5)): an `ar`
 * archive — `!<arch>\n`, then members of a 60-byte header and their data, padded to an even
 * offset — holding `debian-binary` ("2.0\n"), `control.tar[.gz|.xz|.zst]` and
 * `data.tar[.gz|.xz|.zst]` in that order; members whose names start with `_` may sit between them
 * and are ignored, as dpkg does. The ar headers are read at their offsets and each member is streamed
 * from the file, so a 200 MB package costs a few buffers.
 */

import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { extract, type Header } from "tar-stream";
import { COMPRESSION_BY_SUFFIX, type Compression, decompressed } from "./decompress.ts";
import { DebianError } from "./errors.ts";

const AR_MAGIC = "!<arch>\n";
const AR_HEADER_SIZE = 60;
const TAR_MEMBER = /^(control|data)\.tar(\.gz|\.xz|\.zst)?$/;
/** A control file beyond this is not one dpkg would build; refusing it bounds memory. */
const CONTROL_LIMIT = 1024 * 1024;
/** md5sums lists every file; the largest Debian packages list tens of thousands (a few MiB). */
const MD5SUMS_LIMIT = 32 * 1024 * 1024;
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
export async function readDebControl(path: string): Promise<DebControl> {
  const { control: member } = await debLayout(path);
  let control: string | undefined;
  let md5sums: string | undefined;
  const maintainerScripts: string[] = [];
  await readTarMember(path, member, async ({ header, body }) => {
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

/** Streams every entry of the .deb's data.tar to `onEntry`, one at a time, in archive order. */
export async function readDebData(path: string, onEntry: (entry: DebDataEntry) => Promise<void>): Promise<void> {
  const { data } = await debLayout(path);
  await readTarMember(path, data, onEntry);
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
  onEntry: (entry: DebDataEntry) => Promise<void>,
): Promise<void> {
  if (member.size === 0) throw new DebianError(`${path}: not a valid .deb: ${member.name} is empty`);
  const source = createReadStream(path, { start: member.offset, end: member.offset + member.size - 1 });
  const tar = extract();
  const feeding = pipeline(decompressed(source, member.compression), tar);
  try {
    for await (const entry of tar) {
      await onEntry({ header: entry.header, body: entry as unknown as Readable });
      entry.resume();
    }
    await feeding;
  } catch (error) {
    feeding.catch(() => {});
    source.destroy();
    if (error instanceof DebianError) throw error;
    throw new DebianError(`${path}: ${member.name} is corrupt: ${(error as Error).message}`);
  }
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
