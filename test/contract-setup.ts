import { afterEach, expect } from 'vitest';
import { violations } from './contract.js';

// Every answer a test app gave must be one the committed OpenAPI document describes.
afterEach(() => {
  const found = violations.splice(0);
  expect(found, 'answers that break openapi/openapi.json').toEqual([]);
});
