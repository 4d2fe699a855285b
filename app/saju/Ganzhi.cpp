// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/Ganzhi.h"

namespace sajudesk::saju {

namespace {

constexpr char16_t kStemHangul[] = u"갑을병정무기경신임계";
constexpr char16_t kStemHanja[] = u"甲乙丙丁戊己庚辛壬癸";
constexpr char16_t kBranchHangul[] = u"자축인묘진사오미신유술해";
constexpr char16_t kBranchHanja[] = u"子丑寅卯辰巳午未申酉戌亥";
constexpr char16_t kElementHangul[] = u"목화토금수";
constexpr char16_t kElementHanja[] = u"木火土金水";
constexpr Element kBranchElements[12] = {Element::Water, Element::Earth, Element::Wood,  Element::Wood,
                                         Element::Earth, Element::Fire,  Element::Fire,  Element::Earth,
                                         Element::Metal, Element::Metal, Element::Earth, Element::Water};

QString charAt(const char16_t *table, int i)
{
    return QString(QChar(table[i]));
}

int indexIn(const char16_t *table, int n, QStringView text)
{
    if (text.size() != 1)
        return -1;
    for (int i = 0; i < n; ++i) {
        if (text.at(0).unicode() == table[i])
            return i;
    }
    return -1;
}

} // namespace

Element branchElement(int branch)
{
    return kBranchElements[floorMod(branch, 12)];
}

QString stemHangul(int stem)
{
    return charAt(kStemHangul, floorMod(stem, 10));
}

QString stemHanja(int stem)
{
    return charAt(kStemHanja, floorMod(stem, 10));
}

QString branchHangul(int branch)
{
    return charAt(kBranchHangul, floorMod(branch, 12));
}

QString branchHanja(int branch)
{
    return charAt(kBranchHanja, floorMod(branch, 12));
}

QString elementName(Element e)
{
    switch (e) {
    case Element::Wood:
        return QStringLiteral("wood");
    case Element::Fire:
        return QStringLiteral("fire");
    case Element::Earth:
        return QStringLiteral("earth");
    case Element::Metal:
        return QStringLiteral("metal");
    case Element::Water:
        return QStringLiteral("water");
    }
    return QString();
}

QString elementHangul(Element e)
{
    return charAt(kElementHangul, static_cast<int>(e));
}

QString elementHanja(Element e)
{
    return charAt(kElementHanja, static_cast<int>(e));
}

QString Pillar::hangul() const
{
    return stemHangul(stem) + branchHangul(branch);
}

QString Pillar::hanja() const
{
    return stemHanja(stem) + branchHanja(branch);
}

int stemFromText(QStringView text)
{
    const int i = indexIn(kStemHangul, 10, text);
    return i >= 0 ? i : indexIn(kStemHanja, 10, text);
}

int branchFromText(QStringView text)
{
    const int i = indexIn(kBranchHangul, 12, text);
    return i >= 0 ? i : indexIn(kBranchHanja, 12, text);
}

} // namespace sajudesk::saju
