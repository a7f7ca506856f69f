#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace voronka {

namespace {
// Where the build puts the compiled voronka_*.qm files (resources/CMakeLists.txt).
const char voronkaTranslationsFolder[] = ":/i18n";
} // namespace

InterfaceLanguage::InterfaceLanguage(const QLocale &locale, const QString &qtTranslationsFolder)
    : m_locale(locale)
    , m_previousDefault(QLocale())
    , m_voronka(std::make_unique<QTranslator>())
    , m_qt(std::make_unique<QTranslator>())
{
    // Tried in the order of the locale's interface languages (on Linux LANGUAGE=ru counts even with LANG=C).
    m_voronkaLoaded = m_voronka->load(locale, QStringLiteral("voronka"), QStringLiteral("_"),
                                      QString::fromLatin1(voronkaTranslationsFolder));
    if (m_voronkaLoaded) {
        // Numbers, dates and money follow the language the interface speaks, so that a Russian window never
        // shows "200,000.00": the locale given when it is of that language, else the language's own.
        const QLocale translated(m_voronka->language());
        if (translated.language() != locale.language())
            m_locale = translated;
        QCoreApplication::installTranslator(m_voronka.get());
        m_files.append(m_voronka->filePath());
        // Qt's strings are translated only where Voronka's are: an English interface with German buttons would
        // be worse than one language throughout.
        m_qtLoaded = m_qt->load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsFolder);
        if (m_qtLoaded) {
            QCoreApplication::installTranslator(m_qt.get());
            m_files.append(m_qt->filePath());
        }
    }
    QLocale::setDefault(m_locale);
}

InterfaceLanguage::~InterfaceLanguage()
{
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_voronkaLoaded)
        QCoreApplication::removeTranslator(m_voronka.get());
    QLocale::setDefault(m_previousDefault);
}

QString InterfaceLanguage::language() const
{
    return m_voronkaLoaded ? QLocale::languageToCode(QLocale(m_voronka->language()).language(), QLocale::ISO639Part1)
                           : QStringLiteral("en");
}

QString InterfaceLanguage::defaultQtTranslationsFolder()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace voronka
