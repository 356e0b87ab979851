import { describe, expect, it } from 'vitest';
import { isAnnotationOnly, readAnnotation } from '../../../src/pipeline/targets/item-annotations.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';

const read = (text: string) => readAnnotation(fold(text));

describe('readAnnotation', () => {
  it('（责任单位：…）lists the units of the item', () => {
    expect(read('（责任单位：市卫生健康委、市民政局，各县区人民政府）')).toEqual({ unitText: ['市卫生健康委、市民政局,各县区人民政府'] });
  });

  it('（X牵头，Y配合）gives both lead and partners', () => {
    expect(read('（市人社局牵头，市财政局配合）')).toEqual({ unitText: ['市人社局', '市财政局'] });
    expect(read('（省生态环境厅牵头，省发展改革委、省工业和信息化厅等按职责分工负责）')).toEqual({
      unitText: ['省生态环境厅', '省发展改革委、省工业和信息化厅等'],
    });
  });

  it('a task table row: 牵头单位, 配合单位 and 完成时限', () => {
    expect(read('牵头单位：市营商环境建设局；配合单位：市财政局；完成时限：2024年6月底前')).toEqual({
      unitText: ['市营商环境建设局', '市财政局'],
      deadline: '2024-06',
      recurring: null,
    });
  });

  it('完成时限：长期坚持 states no deadline; 完成时限：每季度 a recurrence', () => {
    expect(read('完成时限：长期坚持')).toEqual({ unitText: [], deadline: null, recurring: null });
    expect(read('完成时限：每季度')).toEqual({ unitText: [], deadline: null, recurring: 'quarter' });
    expect(read('完成时限：2024年12月31日前')).toMatchObject({ deadline: '2024-12-31' });
  });

  it('an ordinary sentence is no annotation', () => {
    expect(read('到2025年，毛入学率达到95%以上。')).toBeNull();
    expect(read('县委教育工委、县教育体育局牵头做好三年行动计划的统筹推进和督促指导工作。')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('traditional characters and full-width brackets: （市教育局牽頭，市衛生健康局配合）', () => {
    expect(read('（市教育局牽頭，市衛生健康局配合）')).toEqual({ unitText: ['市教育局', '市卫生健康局'] });
  });
});

describe('isAnnotationOnly', () => {
  it('true for a sentence that is only the note', () => {
    expect(isAnnotationOnly(fold('（责任单位：市卫生健康委、市民政局）'))).toBe(true);
    expect(isAnnotationOnly(fold('牵头单位：市营商环境建设局；配合单位：市财政局；完成时限：2024年6月底前'))).toBe(true);
  });

  it('false when the sentence states something of its own', () => {
    expect(isAnnotationOnly(fold('新增学位990个。（责任单位：县教育体育局）'))).toBe(false);
    expect(isAnnotationOnly(fold('到2025年，毛入学率达到95%以上。'))).toBe(false);
  });
});
