// Types for the parts of the Khronos glTF validator (npm gltf-validator, no bundled types) the model tests use.
declare module 'gltf-validator' {
  export interface ValidationMessage {
    readonly code: string;
    readonly message: string;
    readonly severity: number;
    readonly pointer?: string;
  }
  export interface ValidationReport {
    readonly issues: {
      readonly numErrors: number;
      readonly numWarnings: number;
      readonly numInfos: number;
      readonly numHints: number;
      readonly messages: readonly ValidationMessage[];
    };
  }
  export function validateBytes(data: Uint8Array, options?: { readonly maxIssues?: number }): Promise<ValidationReport>;
}
