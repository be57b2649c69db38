//! The synthetic spec of the scaling benchmark.

/// A spec with `n` operations and `n` schemas of 8 properties each (one
/// referring to the next, one enum, one nested object).
pub fn spec(n: usize) -> String {
    let mut t = String::from("openapi: 3.0.3\ninfo: {title: Synthetic, version: '1'}\npaths:\n");
    for i in 0..n {
        t.push_str(&format!(
            "  /things{i}/{{id}}:\n    get:\n      operationId: getThing{i}\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n        - {{name: expand, in: query, schema: {{type: array, items: {{type: string, enum: [a, b]}}}}}}\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/thing{i}'}}}}}}}}\n        default: {{description: error, content: {{application/json: {{schema: {{$ref: '#/components/schemas/thing0'}}}}}}}}\n"
        ));
    }
    t.push_str("components:\n  schemas:\n");
    for i in 0..n {
        t.push_str(&format!(
            "    thing{i}:\n      type: object\n      required: [id, name]\n      properties:\n        id: {{type: string, format: uuid}}\n        name: {{type: string}}\n        created: {{type: string, format: date-time}}\n        count: {{type: integer, format: int64}}\n        tags: {{type: array, items: {{type: string}}}}\n        state: {{type: string, enum: [on, off]}}\n        meta: {{type: object, properties: {{a: {{type: string}}}}}}\n        next: {{$ref: '#/components/schemas/thing{}'}}\n",
            (i + 1) % n
        ));
    }
    t
}
