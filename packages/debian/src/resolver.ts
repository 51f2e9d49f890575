/**
 * Dependency resolution for one architecture: which packages to add to a base image so that the
 * requested packages and local .deb files have every Depends and Pre-Depends satisfied (Debian
 * Policy §7.2; nothing runs in a distroless build, so Pre-Depends needs no ordering and is simply a
 * dependency). Recommends and Suggests are ignored, as `apt-get --no-install-recommends` does.
 *
 * The strategy is apt's greedy one, made deterministic: for each relation, something already
 * installed or already chosen wins; otherwise the first alternative with a candidate, its highest
 * version. When a later relation wants a version of an already-chosen package that the choice does
 * not meet, the relation becomes a constraint on that name and resolution starts over, so every
 * version picked is the highest one meeting all the constraints seen. Each restart adds a new
 * constraint, and there are finitely many relations, so it ends.
 */
import { ResolutionError } from "./errors.ts";
import { appliesOnArchitecture, formatAlternatives, formatRelation } from "./relations.ts";
import type { InstalledPackage, PackageRecord, Relation, RelationField } from "./types.ts";
import { compareVersions, parseVersion, satisfiesVersion } from "./version.ts";

export interface ResolutionRequest {
  /** The Debian architecture resolved for (`amd64`, `arm64`, `armhf`, …). */
  architecture: string;
  /** Packages to install; a version pins the package to exactly that version (`name=version`). */
  requested: Array<{ name: string; version?: string }>;
  /** Local .deb files: always installed, their dependencies resolved like the others'. */
  local: PackageRecord[];
  /** Every record of every source; only `all` and `architecture` ones are considered. */
  candidates: PackageRecord[];
  /** What the base image has (its dpkg status database). */
  installed: InstalledPackage[];
}

export interface Resolution {
  /** The packages to install (local ones included), sorted by name. */
  packages: PackageRecord[];
  /** Installed packages of the base that satisfy a relation or request, sorted. */
  satisfiedByBase: string[];
  /**
   * For each package to install, the chain that first needed it: the request or local package,
   * then each relation on the way (`["app", "libpam0g (>= 1.5)"]`). Keys sorted like `packages`.
   */
  reasons: Record<string, string[]>;
}

/** Resolves `request`, or throws ResolutionError with the chain to the relation no candidate meets. */
export function resolveDependencies(request: ResolutionRequest): Resolution {
  const universe = new Universe(request);
  const constraints = new Constraints();
  // Each restart adds a constraint; this bound only keeps a pathological index from spinning.
  const maximumAttempts = 1000;
  for (let attempt = 0; attempt < maximumAttempts; attempt++) {
    const outcome = new Attempt(universe, constraints).run();
    if (outcome !== RESTART) return outcome;
  }
  throw new ResolutionError(["resolution"], `gave up after ${maximumAttempts} attempts`);
}

const RESTART = Symbol("restart");

/** Something that can satisfy a relation: a package record or an installed package. */
type Satisfier = Pick<PackageRecord, "name" | "version" | "architecture" | "provides" | "multiArch">;

/** The candidates, local packages and installed packages, indexed once for every attempt. */
class Universe {
  readonly architecture: string;
  readonly requested: Array<{ relation: Relation; text: string }>;
  readonly local: PackageRecord[];
  /** Candidates by name, highest version first; equal versions keep the sources' order. */
  readonly candidatesByName = new Map<string, PackageRecord[]>();
  readonly candidateProviders = new Map<string, PackageRecord[]>();
  readonly installedByName = new Map<string, InstalledPackage[]>();
  readonly installedProviders = new Map<string, InstalledPackage[]>();
  /** Names with records only for other architectures, for a better "no candidate". */
  readonly otherArchitectures = new Map<string, Set<string>>();

  constructor(request: ResolutionRequest) {
    this.architecture = request.architecture;
    const forThisArchitecture = (record: Pick<PackageRecord, "architecture">) =>
      record.architecture === "all" || record.architecture === request.architecture;

    this.local = [...request.local].sort((a, b) => byName(a.name, b.name));
    for (const [index, record] of this.local.entries()) {
      if (!forThisArchitecture(record))
        throw new ResolutionError(
          [record.name],
          `local package is for ${record.architecture}, not ${request.architecture}`,
        );
      if (this.local[index - 1]?.name === record.name)
        throw new ResolutionError([record.name], "given as a local package twice");
    }

    for (const record of request.candidates) {
      if (!forThisArchitecture(record)) {
        addTo(this.otherArchitectures, record.name, record.architecture, () => new Set<string>());
        continue;
      }
      addTo(this.candidatesByName, record.name, record, () => []);
      for (const provided of record.provides) addTo(this.candidateProviders, provided.name, record, () => []);
    }
    for (const versions of this.candidatesByName.values())
      versions.sort((a, b) => compareVersions(b.version, a.version));

    // Local packages can provide virtual packages too; they are chosen from the start.
    for (const record of this.local)
      for (const provided of record.provides) addTo(this.candidateProviders, provided.name, record, () => []);
    for (const entry of request.installed) {
      addTo(this.installedByName, entry.name, entry, () => []);
      for (const provided of entry.provides) addTo(this.installedProviders, provided.name, entry, () => []);
    }

    this.requested = request.requested
      .map(({ name, version }) => {
        const relation: Relation = { name };
        if (version !== undefined) {
          parseVersion(version);
          relation.version = { operator: "=", version };
        }
        return { relation, text: version === undefined ? name : `${name}=${version}` };
      })
      .sort((a, b) => byName(a.text, b.text));
  }

  isLocal(name: string): boolean {
    return this.local.some((record) => record.name === name);
  }
}

/** Relations learnt to hold for a name, each with the chain that needed it (for error messages). */
class Constraints {
  private readonly byName = new Map<string, Array<{ relation: Relation; chain: string[] }>>();

  for(name: string): Array<{ relation: Relation; chain: string[] }> {
    return this.byName.get(name) ?? [];
  }

  /** False when the constraint was already known: then a restart would change nothing. */
  add(relation: Relation, chain: string[]): boolean {
    // Only the version matters to which versions of the name may be chosen.
    const constraint: Relation = relation.version
      ? { name: relation.name, version: relation.version }
      : { name: relation.name };
    const known = this.for(relation.name);
    if (known.some((entry) => formatRelation(entry.relation) === formatRelation(constraint))) return false;
    this.byName.set(relation.name, [...known, { relation: constraint, chain }]);
    return true;
  }
}

type Satisfaction = { by: "base" | "chosen"; name: string };

/** One pass of the greedy resolution under the constraints known so far. */
class Attempt {
  private readonly chosen = new Map<string, PackageRecord>();
  private readonly reasons = new Map<string, string[]>();
  private readonly queue: Array<{ record: PackageRecord; chain: string[] }> = [];

  private readonly universe: Universe;
  private readonly constraints: Constraints;

  constructor(universe: Universe, constraints: Constraints) {
    this.universe = universe;
    this.constraints = constraints;
  }

  run(): Resolution | typeof RESTART {
    for (const record of this.universe.local) this.choose(record, [record.name]);
    for (const { relation, text } of this.universe.requested)
      if (this.resolveGroup([relation], [], text) === RESTART) return RESTART;
    // Breadth first, so siblings see each other's choices in a fixed order.
    for (let next = this.queue.shift(); next; next = this.queue.shift())
      for (const group of dependenciesOf(next.record))
        if (this.resolveGroup(group, next.chain) === RESTART) return RESTART;
    return this.verified();
  }

  private choose(record: PackageRecord, chain: string[]): void {
    this.chosen.set(record.name, record);
    this.reasons.set(record.name, chain);
    this.queue.push({ record, chain });
  }

  /** Makes one group of alternatives hold: already, by a new choice, or by learning a constraint. */
  private resolveGroup(
    group: Relation[],
    chain: string[],
    text = formatAlternatives(group),
  ): undefined | typeof RESTART {
    const applicable = group.filter((relation) => appliesOnArchitecture(relation, this.universe.architecture));
    if (applicable.length === 0) return;
    if (applicable.some((relation) => this.satisfaction(relation))) return;
    const step = [...chain, text];
    for (const relation of applicable) {
      const record = this.candidateFor(relation);
      if (!record) continue;
      const namedByRelation = applicable.length === 1 && relation.name === record.name;
      this.choose(record, namedByRelation ? step : [...step, record.name]);
      return;
    }
    return this.learnOrFail(applicable, step);
  }

  /** Whether the relation already holds, and by what: chosen packages replace installed ones. */
  private satisfaction(relation: Relation): Satisfaction | undefined {
    const { name } = relation;
    const chosen = this.chosen.get(name);
    if (chosen && this.satisfiesDirectly(chosen, relation)) return { by: "chosen", name };
    if (!chosen)
      for (const installed of this.universe.installedByName.get(name) ?? [])
        if (this.satisfiesDirectly(installed, relation)) return { by: "base", name };
    // Policy §7.5: a virtual package; an installed provider first, as the issue asks.
    for (const installed of this.universe.installedProviders.get(name) ?? [])
      if (!this.chosen.has(installed.name) && this.satisfiesByProviding(installed, relation))
        return { by: "base", name: installed.name };
    for (const provider of this.universe.candidateProviders.get(name) ?? [])
      if (this.chosen.get(provider.name) === provider && this.satisfiesByProviding(provider, relation))
        return { by: "chosen", name: provider.name };
    return undefined;
  }

  /** A new package to meet the relation: the highest version of its name, else the best provider. */
  private candidateFor(relation: Relation): PackageRecord | undefined {
    const real = (this.universe.candidatesByName.get(relation.name) ?? []).find(
      (record) =>
        !this.chosen.has(record.name) && this.satisfiesDirectly(record, relation) && this.meetsConstraints(record),
    );
    if (real) return real;
    const providers = (this.universe.candidateProviders.get(relation.name) ?? []).filter(
      (record) =>
        !this.chosen.has(record.name) && this.satisfiesByProviding(record, relation) && this.meetsConstraints(record),
    );
    return providers.sort(byProviderPreference)[0];
  }

  /**
   * Nothing can be chosen. If a name is already chosen at a version the relation rules out, the
   * relation becomes a constraint on it and the resolution restarts; otherwise it has failed.
   */
  private learnOrFail(applicable: Relation[], step: string[]): typeof RESTART {
    for (const relation of applicable) {
      const chosen = this.chosen.get(relation.name);
      if (!chosen) continue;
      if (this.universe.isLocal(chosen.name))
        throw new ResolutionError(step, `local package ${chosen.name} ${chosen.version} does not satisfy it`);
      if (this.constraints.add(relation, step)) return RESTART;
    }
    throw new ResolutionError(step, this.whyNoCandidate(applicable));
  }

  private whyNoCandidate(applicable: Relation[]): string {
    if (applicable.length > 1) return "no candidate for any alternative";
    const [relation] = applicable as [Relation];
    const versions = (this.universe.candidatesByName.get(relation.name) ?? []).filter((record) =>
      architectureSatisfies(record, relation, this.universe.architecture),
    );
    const meetingRelation = versions.filter((record) => this.satisfiesDirectly(record, relation));
    const blocking = this.constraints
      .for(relation.name)
      .find(({ relation: constraint }) =>
        meetingRelation.every((record) => !this.satisfiesDirectly(record, constraint)),
      );
    if (meetingRelation.length > 0 && blocking)
      return `no candidate also satisfies ${formatRelation(blocking.relation)} (needed by ${blocking.chain.join(" → ")})`;
    if (versions.length > 0)
      return `no candidate (available: ${boundedList(versions.map((record) => record.version))})`;
    const elsewhere = this.universe.otherArchitectures.get(relation.name);
    if (elsewhere && !this.universe.candidateProviders.has(relation.name))
      return `no candidate for ${this.universe.architecture} (only ${boundedList([...elsewhere].sort())})`;
    return "no candidate";
  }

  /**
   * After the greedy pass, every relation must still hold: a package chosen to replace an installed
   * one (a newer version) may break a relation the installed one met earlier. Such a relation
   * becomes a constraint too. Base usage is taken from this final state only.
   */
  private verified(): Resolution | typeof RESTART {
    const satisfiedByBase = new Set<string>();
    const check = (group: Relation[], chain: string[], text = formatAlternatives(group)) => {
      const applicable = group.filter((relation) => appliesOnArchitecture(relation, this.universe.architecture));
      if (applicable.length === 0) return undefined;
      const satisfactions = applicable.map((relation) => this.satisfaction(relation));
      const base = satisfactions.find((satisfaction) => satisfaction?.by === "base");
      if (base) satisfiedByBase.add(base.name);
      if (satisfactions.some((satisfaction) => satisfaction !== undefined)) return undefined;
      return this.learnOrFail(applicable, [...chain, text]);
    };
    for (const { relation, text } of this.universe.requested)
      if (check([relation], [], text) === RESTART) return RESTART;
    const names = [...this.chosen.keys()].sort(byName);
    for (const name of names) {
      const record = this.chosen.get(name) as PackageRecord;
      for (const group of dependenciesOf(record))
        if (check(group, this.reasons.get(name) ?? [name]) === RESTART) return RESTART;
    }
    return {
      packages: names.map((name) => this.chosen.get(name) as PackageRecord),
      satisfiedByBase: [...satisfiedByBase].sort(byName),
      reasons: Object.fromEntries(names.map((name) => [name, this.reasons.get(name) ?? [name]])),
    };
  }

  private satisfiesDirectly(candidate: Satisfier, relation: Relation): boolean {
    if (candidate.name !== relation.name) return false;
    if (!architectureSatisfies(candidate, relation, this.universe.architecture)) return false;
    return (
      !relation.version || satisfiesVersion(candidate.version, relation.version.operator, relation.version.version)
    );
  }

  /** Policy §7.5: an unversioned Provides never satisfies a versioned relation. */
  private satisfiesByProviding(candidate: Satisfier, relation: Relation): boolean {
    if (!architectureSatisfies(candidate, relation, this.universe.architecture)) return false;
    return candidate.provides.some(
      (provided) =>
        provided.name === relation.name &&
        (!relation.version ||
          (provided.version !== undefined &&
            satisfiesVersion(provided.version, relation.version.operator, relation.version.version))),
    );
  }

  private meetsConstraints(record: PackageRecord): boolean {
    return this.constraints.for(record.name).every(({ relation }) => this.satisfiesDirectly(record, relation));
  }
}

/**
 * dpkg's architecture rule for a relation (deb-control(5), Multi-Arch): `Multi-Arch: foreign`
 * satisfies an unqualified relation from any architecture, `pkg:any` is satisfied only by
 * `Multi-Arch: allowed`, and `all` counts as the native architecture.
 */
function architectureSatisfies(candidate: Satisfier, relation: Relation, native: string): boolean {
  const qualifier = relation.archQualifier;
  if (qualifier === undefined && candidate.multiArch === "foreign") return true;
  if (qualifier === "any" && candidate.multiArch === "allowed") return true;
  const wanted = qualifier === undefined || qualifier === "native" ? native : qualifier;
  const actual = candidate.architecture === "all" ? native : candidate.architecture;
  return wanted === actual;
}

function dependenciesOf(record: PackageRecord): RelationField {
  return [...record.preDepends, ...record.depends];
}

// Providers of a virtual package: `Priority: required` first, then the highest version, then the name.
function byProviderPreference(a: PackageRecord, b: PackageRecord): number {
  const required = Number(b.priority === "required") - Number(a.priority === "required");
  return required || compareVersions(b.version, a.version) || byName(a.name, b.name);
}

// Code-unit order, not the locale's: the same everywhere, as a lock file needs.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function boundedList(items: string[]): string {
  return items.length > 8 ? `${items.slice(0, 8).join(", ")}, …` : items.join(", ");
}

function addTo<K, V, C extends { push(value: V): unknown } | { add(value: V): unknown }>(
  map: Map<K, C>,
  key: K,
  value: V,
  create: () => C,
): void {
  let collection = map.get(key);
  if (!collection) {
    collection = create();
    map.set(key, collection);
  }
  if ("push" in collection) collection.push(value);
  else collection.add(value);
}
