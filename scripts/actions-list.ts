/** The actions of the suite, in pipeline order; each has a root folder, an entry and a bundle. */
export const ACTIONS = ["verify-base", "build-distroless", "sign", "trivy-scan", "promote", "mirror"] as const;
export type ActionName = (typeof ACTIONS)[number];
