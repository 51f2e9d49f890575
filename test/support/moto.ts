/** moto's server: the AWS ECR and KMS APIs over HTTP on loopback, for the SDK clients under test. */
import { type ChildProcess, spawn } from "node:child_process";
import { freePort, waitFor } from "./ports.ts";
import { rawRequest } from "./registry-http.ts";
import { toolPath } from "./tools.ts";

export interface MotoServer {
  url: string;
  /** Environment that points the AWS SDK at this server with dummy credentials. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(toolPath("moto_server"), ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolvePromise) => child.once("exit", resolvePromise));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitFor(
      "moto server",
      async () => {
        if (child.exitCode !== null) throw new Error(`moto exited: ${stderr}`);
        return (await rawRequest(`${url}/moto-api/`, { method: "GET" })).status < 500;
      },
      60_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    env: {
      AWS_ENDPOINT_URL_ECR: url,
      AWS_ENDPOINT_URL_ECR_PUBLIC: url,
      AWS_ENDPOINT_URL_KMS: url,
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      AWS_REGION: "us-east-1",
    },
    stop,
  };
}

/**
 * One call of moto's ECR JSON API. moto does not check signatures; the Authorization header only has
 * to name the service and region, as a SigV4 header would.
 */
export async function ecrApiCall(moto: MotoServer, action: string, body: unknown = {}): Promise<unknown> {
  const response = await rawRequest(moto.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AmazonEC2ContainerRegistry_V20150921.${action}`,
      authorization:
        "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=0",
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`moto ${action}: HTTP ${response.status}: ${response.body.toString()}`);
  return JSON.parse(response.body.toString());
}

/** One call of moto's KMS JSON API (TrentService), signed as loosely as moto accepts. */
export async function kmsApiCall(moto: MotoServer, action: string, body: unknown = {}): Promise<unknown> {
  const response = await rawRequest(moto.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `TrentService.${action}`,
      authorization:
        "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0",
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 200)
    throw new Error(`moto KMS ${action}: HTTP ${response.status}: ${response.body.toString()}`);
  return JSON.parse(response.body.toString());
}

/** The `AWS:<token>` pair moto's ECR issues: what an ECR-style test registry must accept. */
export async function motoEcrCredentials(moto: MotoServer): Promise<{ username: string; password: string }> {
  const token = (await ecrApiCall(moto, "GetAuthorizationToken")) as {
    authorizationData: Array<{ authorizationToken: string }>;
  };
  const decoded = Buffer.from(token.authorizationData[0]?.authorizationToken as string, "base64").toString();
  const colon = decoded.indexOf(":");
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
