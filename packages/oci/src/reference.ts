/**
 * Image references with Docker's normalisation: `nginx` → `docker.io/library/nginx:latest`,
 * `index.docker.io` → `docker.io`, registries with ports, tags, digests, and tag+digest.
 * Grammar from the distribution project's reference package; reimplemented, not copied.
 */
import { parseDigest } from "./digest.ts";
import { InvalidInputError } from "./errors.ts";

export const DOCKER_HUB = "docker.io";
/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = "registry-1.docker.io";

export interface Reference {
  /** Registry host as users write it, normalised (`docker.io`, `127.0.0.1:5000`). */
  registry: string;
  /** Repository path within the registry (`library/nginx`). */
  repository: string;
  tag?: string;
  digest?: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const MAX_NAME_LENGTH = 255;

function looksLikeRegistry(first: string): boolean {
  return (
    first.includes(".") ||
    first.includes(":") ||
    first === "localhost" ||
    first.startsWith("[") ||
    first !== first.toLowerCase()
  );
}

function validateRegistry(text: string, host: string): void {
  let name = host;
  let port: string | undefined;
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    if (end < 0) throw new InvalidInputError("image reference", text, `unterminated IPv6 address in '${host}'`);
    port = host.slice(end + 1).startsWith(":") ? host.slice(end + 2) : undefined;
    name = host.slice(1, end);
    if (!/^[0-9a-fA-F:.]+$/.test(name))
      throw new InvalidInputError("image reference", text, `bad IPv6 address '${name}'`);
  } else {
    const colon = host.lastIndexOf(":");
    if (colon >= 0) {
      port = host.slice(colon + 1);
      name = host.slice(0, colon);
    }
    if (!name.split(".").every((part) => DOMAIN_COMPONENT.test(part))) {
      throw new InvalidInputError("image reference", text, `bad registry host '${host}'`);
    }
  }
  if (port !== undefined && !/^\d{1,5}$/.test(port)) {
    throw new InvalidInputError("image reference", text, `bad port in registry '${host}'`);
  }
}

export function parseReference(input: string): Reference {
  const text = input.trim();
  if (text === "") throw new InvalidInputError("image reference", input, "it is empty");
  if (/\s/.test(text)) throw new InvalidInputError("image reference", text, "it contains whitespace");

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = parseDigest(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) {
      throw new InvalidInputError(
        "image reference",
        text,
        `bad tag '${tag}' (letters, digits, _ . -; at most 128; not starting with . or -)`,
      );
    }
  }

  const firstSlash = rest.indexOf("/");
  let registry = DOCKER_HUB;
  let repository = rest;
  if (firstSlash >= 0 && looksLikeRegistry(rest.slice(0, firstSlash))) {
    registry = rest.slice(0, firstSlash);
    repository = rest.slice(firstSlash + 1);
    validateRegistry(text, registry);
    registry = registry.toLowerCase();
  }
  if (registry === "index.docker.io" || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;

  if (repository === "") throw new InvalidInputError("image reference", text, "no repository name");
  if (repository !== repository.toLowerCase()) {
    throw new InvalidInputError("image reference", text, "repository names must be lowercase");
  }
  for (const component of repository.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      throw new InvalidInputError("image reference", text, `bad repository path component '${component}'`);
    }
  }
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
    throw new InvalidInputError("image reference", text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  if (!tag && !digest) tag = "latest";
  return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The host that serves the registry API for a registry name. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** `registry/repository` */
export function repositoryName(reference: Pick<Reference, "registry" | "repository">): string {
  return `${reference.registry}/${reference.repository}`;
}

export function formatReference(reference: Reference): string {
  const name = repositoryName(reference);
  if (reference.digest) return `${name}@${reference.digest}`;
  return `${name}:${reference.tag ?? "latest"}`;
}

/** The same repository at a digest: what every step after resolution works with. */
export function withDigest(reference: Reference, digest: string): Reference {
  return { registry: reference.registry, repository: reference.repository, digest };
}

/** The tag or digest to put in `/manifests/<reference>`; a digest wins over a tag. */
export function manifestReference(reference: Reference): string {
  return reference.digest ?? reference.tag ?? "latest";
}

/** Loopback registries may speak plain HTTP, as Docker allows; nothing else may. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
  return host === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "::1";
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export function parsePlatform(text: string): Platform {
  const parts = text.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9_]+$/.test(part))) {
    throw new InvalidInputError("platform", text, "expected os/architecture[/variant], e.g. linux/arm64/v8");
  }
  const [os, architecture, variant] = parts as [string, string, string?];
  return { os, architecture, ...(variant ? { variant } : {}) };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/**
 * Whether `entry` (an index entry's platform, or an image config's) is the `wanted` platform: os
 * and architecture alike, and the variant when one is asked for. An arm64 entry that names no
 * variant is v8, the only one there is (as containerd's platform matcher takes it).
 */
export function platformMatches(entry: Platform | undefined, wanted: Platform): boolean {
  if (!entry || entry.os !== wanted.os || entry.architecture !== wanted.architecture) return false;
  if (!wanted.variant) return true;
  const variant = entry.variant ?? (entry.architecture === "arm64" ? "v8" : undefined);
  return variant === wanted.variant;
}

/** The platform an image config states (its `os`, `architecture` and `variant`), if it states one. */
export function configPlatform(config: unknown): Platform | undefined {
  if (typeof config !== "object" || config === null) return undefined;
  const { os, architecture, variant } = config as Record<string, unknown>;
  if (typeof os !== "string" || typeof architecture !== "string") return undefined;
  return { os, architecture, ...(typeof variant === "string" ? { variant } : {}) };
}
