/**
 * Types for the one internal module of contentful-migration that we use: the parser that turns a
 * migration function into validated CMA requests without sending any. It is what `runMigration`
 * runs before it asks to apply; the package exposes no public plan or dry-run API.
 * Checked against contentful-migration 4.32 (built/lib/migration-parser.js).
 */
declare module 'contentful-migration/built/lib/migration-parser' {
  import type { MigrationFunction } from 'contentful-migration';

  export interface PlannedRequest {
    method: string;
    url: string;
    headers?: Record<string, string | number>;
    data?: unknown;
  }

  export interface PlanMessage {
    heading: string;
    details: string[];
    sections: { heading: string; details: string[] }[];
  }

  export interface RequestBatch {
    intent: { toPlanMessage(): PlanMessage; shouldPublish(): boolean; getContentTypeId(): string };
    requests: PlannedRequest[];
    validationErrors: { message: string }[];
    runtimeErrors: unknown[];
  }

  export interface ParseResult {
    batches: RequestBatch[];
    stepsValidationErrors: { message: string }[];
    payloadValidationErrors: { message: string }[];
    getValidationErrors(): { message: string }[];
  }

  export type MakeRequest = (request: { method: string; url: string }) => Promise<unknown>;

  export function createMigrationParser(
    makeRequest: MakeRequest,
    config: Record<string, unknown>,
  ): (migration: MigrationFunction) => Promise<ParseResult>;
}
