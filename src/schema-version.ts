/** Version of the JSON output's shape (schema/article.schema.json); bump on any change to it. */
export const SCHEMA_VERSION = '1.0.0'
