/**
 * A small JSON Schema checker for the subset `record.schema.json` uses (type, enum, required, properties,
 * additionalProperties, propertyNames, min/maxLength, pattern, minimum, maxProperties, format date-time).
 * Hand-written so the receiver has no dependency beyond its database driver; a keyword it does not know
 * makes `compile` throw, so a schema change can never be silently skipped.
 */

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', 'type', 'enum', 'required', 'properties', 'additionalProperties',
  'propertyNames', 'minLength', 'maxLength', 'pattern', 'minimum', 'maxProperties', 'format',
]);

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value == 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function checkKeywords(schema, path) {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`record schema: unsupported keyword "${key}" at ${path || '/'}`);
  }
  for (const [name, sub] of Object.entries(schema.properties || {})) checkKeywords(sub, path + '/' + name);
  if (typeof schema.additionalProperties == 'object') checkKeywords(schema.additionalProperties, path + '/*');
  if (schema.propertyNames) checkKeywords(schema.propertyNames, path + '/propertyNames');
}

function check(schema, value, path, errors) {
  const type = typeOf(value);
  if (schema.type) {
    const types = [].concat(schema.type);
    const ok = types.includes(type) || (type == 'integer' && types.includes('number'));
    if (!ok) {
      errors.push(`${path || '/'}: expected ${types.join(' or ')}, got ${type}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${path || '/'}: expected one of ${schema.enum.join(', ')}`);
  }
  if (type == 'string') {
    if (schema.minLength != null && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength != null && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format == 'date-time' && Number.isNaN(Date.parse(value))) errors.push(`${path}: not a date-time`);
  }
  if ((type == 'integer' || type == 'number') && schema.minimum != null && value < schema.minimum) {
    errors.push(`${path}: less than ${schema.minimum}`);
  }
  if (type == 'object') {
    const keys = Object.keys(value);
    if (schema.maxProperties != null && keys.length > schema.maxProperties) {
      errors.push(`${path || '/'}: more than ${schema.maxProperties} properties`);
    }
    for (const name of schema.required || []) {
      if (!Object.hasOwn(value, name)) errors.push(`${path}/${name}: required`);
    }
    for (const key of keys) {
      const sub = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (schema.propertyNames) check(schema.propertyNames, key, `${path}/${key} (name)`, errors);
      if (sub) check(sub, value[key], `${path}/${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}/${key}: not allowed`);
      else if (typeof schema.additionalProperties == 'object') check(schema.additionalProperties, value[key], `${path}/${key}`, errors);
    }
  }
}

/**
 * Compiles a schema into a function that returns the list of problems with a value (empty when valid).
 * @param {object} schema
 * @returns {(value: unknown) => string[]}
 */
export function compile(schema) {
  checkKeywords(schema, '');
  return (value) => {
    const errors = [];
    check(schema, value, '', errors);
    return errors;
  };
}
