/// Surnames read differently from the character's most common reading
/// (单 is dān in a sentence but Shàn as a surname). Used only for display
/// and sorting keys; matching tries every reading anyway. Only readings the
/// pinyin table also lists count, so a wrong entry here is simply ignored.
enum PinyinSurnames {
    static func reading(of scalar: Unicode.Scalar) -> String? {
        readings[scalar]
    }

    private static let readings: [Unicode.Scalar: String] = [
        "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao",
        "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "召": "shao",
        "种": "chong", "重": "chong", "秘": "bi", "繁": "po", "员": "yun", "翟": "zhai",
        "折": "she", "隗": "wei", "句": "gou", "薄": "bo", "郇": "xun", "阚": "kan",
        "祭": "zhai", "能": "nai", "洗": "xian", "藏": "zang", "都": "du", "蕃": "pi",
        "粘": "nian", "卜": "bu",
    ]
}
