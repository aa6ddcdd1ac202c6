import { z } from "zod";
import { levels, serviceChannels } from "./matrix";

export const matrixCellInput = z.strictObject({
  complexity: z.enum(levels),
  severity: z.enum(levels),
  effort: z.enum(levels),
  primaryChannel: z.enum(serviceChannels),
  secondaryChannel: z.enum(serviceChannels),
});
export const updateMatrixInput = z.strictObject({ cells: z.array(matrixCellInput).min(1, "errors.validation.required").max(27, "errors.validation.tooLarge") });
