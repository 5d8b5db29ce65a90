// Language of a document: Vietnamese by its own letters, the rest by franc on a short list.
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../src/lang/detect.js'

describe('detectLanguage', () => {
  it.each([
    [
      'vie',
      'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TP Hồ Chí Minh về công tác xây dựng Đảng.',
    ],
    [
      'vie',
      'THƯỜNG TRỰC BAN BÍ THƯ LÀM VIỆC VỚI BAN THƯỜNG VỤ THÀNH ỦY VỀ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM NAY.',
    ],
    [
      'eng',
      'General Secretary Nguyễn Phú Trọng met the visiting delegation in Hà Nội on Monday and discussed trade, investment and education.',
    ],
    [
      'fra',
      "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les entreprises touchées par la crise de l'énergie.",
    ],
    [
      'deu',
      'Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Energiekrise betroffenen Unternehmen zu unterstützen.',
    ],
    ['und', 'Hà Nội'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage([text])).toBe(lang)
  })
})
