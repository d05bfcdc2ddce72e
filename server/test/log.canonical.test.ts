import assert from 'node:assert/strict';
import { canonicalize, parseCanonical } from '../src/engine/log/canonical';

function fromBits(hex: string): number {
  const b = Buffer.from(hex, 'hex');
  return b.readDoubleBE(0);
}

describe('log: RFC 8785 canonical JSON', () => {
  it('produces the RFC 8785 section 3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    assert.equal(
      canonicalize(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units (RFC 8785 section 3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // (Object.keys would list "1" first, as JS orders integer-like keys first: compare the text instead.)
    const names = [...canonicalize(input).matchAll(/"([^"]*)":"[^"]*"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    assert.deepEqual(names, ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('formats numbers as RFC 8785 appendix B says', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of vectors) assert.equal(canonicalize(fromBits(bits)), text, bits);
  });

  it('sorts integer-like member names as strings, wherever they are nested', () => {
    assert.equal(canonicalize({ b: { '10': 1, '9': 2 }, a: [{ z: 1, '1': 0 }] }), '{"a":[{"1":0,"z":1}],"b":{"10":1,"9":2}}');
    assert.equal(canonicalize({ b: 1, a: { c: [true, { y: null, x: 'é' }] } }), '{"a":{"c":[true,{"x":"é","y":null}]},"b":1}');
  });

  it('rejects what JSON cannot carry', () => {
    assert.throws(() => canonicalize(NaN), /not a JSON number/);
    assert.throws(() => canonicalize({ a: Infinity }), /not a JSON number/);
    assert.throws(() => canonicalize('\ud800x'), /lone surrogate/);
    assert.throws(() => canonicalize(new Date()), /not JSON/);
    assert.throws(() => canonicalize([undefined]), /undefined/);
  });

  it('tells canonical lines from non-canonical ones', () => {
    assert.ok('value' in parseCanonical('{"a":1,"b":[true,null]}'));
    assert.ok('value' in parseCanonical('{"10":1,"9":2}'), 'integer-like names sort as strings, not as JS orders them');
    assert.ok('error' in parseCanonical('{"9":2,"10":1}'));
    assert.ok('error' in parseCanonical('["\\ud800"]'), 'an escaped lone surrogate');
    for (const bad of ['{"b":1,"a":2}', '{"a": 1}', '{"a":1.0}', '{"a":"\\u0041"}', '{"a":1,"a":2}', '{"a":1', '{"a":1e2}']) {
      assert.ok('error' in parseCanonical(bad), bad);
    }
  });
});
