import { describe, expect, it } from 'vitest';
import { optionList, optionsOf } from '../../src/site/select-options.ts';

describe('long lists of options in a file', () => {
  it('writes values once, labels only where they differ, counts in order', () => {
    const options = [
      { value: '镇康县', label: '镇康县', n: 3 },
      { value: '2024', label: '2024年', n: 1 },
      { value: '__none__', label: '未注明', n: 2 },
    ];
    const list = optionList(options);
    expect(list).toEqual({ v: ['镇康县', '2024', '__none__'], l: { '2024': '2024年', __none__: '未注明' }, n: [3, 1, 2] });
    expect(optionsOf(list)).toEqual(options);
  });

  it('leaves out what a list does not need: labels equal to values, counts none has', () => {
    const list = optionList([
      { value: '川汇区', label: '川汇区' },
      { value: '德州市', label: '德州市' },
    ]);
    expect(list).toEqual({ v: ['川汇区', '德州市'] });
    expect(JSON.stringify(list).length).toBeLessThan(30);
    expect(optionsOf(list)).toEqual([
      { value: '川汇区', label: '川汇区' },
      { value: '德州市', label: '德州市' },
    ]);
  });
});
