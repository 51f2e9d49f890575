/**
 * A source and a destination registry, each behind a fault proxy, for the tests of one suite:
 * started before them, stopped after, the proxies' rules cleared after each test. Call it inside a
 * `describe`; read the fields once the suite's tests run.
 */
import { after, afterEach, before } from "node:test";
import { type FaultProxy, startFaultProxy } from "./fault-proxy.ts";
import { type RegistryOptions, startRegistry, type TestRegistry } from "./registry.ts";

export interface ProxiedRegistries {
  source: TestRegistry;
  destination: TestRegistry;
  sourceProxy: FaultProxy;
  destinationProxy: FaultProxy;
}

export function proxiedRegistries(destinationOptions: RegistryOptions = {}): ProxiedRegistries {
  const world = {} as ProxiedRegistries;
  before(async () => {
    world.source = await startRegistry();
    world.destination = await startRegistry(destinationOptions);
    world.sourceProxy = await startFaultProxy({ url: world.source.url });
    world.destinationProxy = await startFaultProxy({ url: world.destination.url });
  });
  after(async () => {
    await Promise.all([world.sourceProxy?.close(), world.destinationProxy?.close()]);
    await Promise.all([world.source?.stop(), world.destination?.stop()]);
  });
  afterEach(() => {
    world.sourceProxy.clearRules();
    world.destinationProxy.clearRules();
  });
  return world;
}
