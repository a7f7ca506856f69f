#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace voronka {

// The language the interface speaks: installs the translations of Voronka's own strings and of Qt's (the standard
// buttons Yes/No/Cancel, the wizard's Next/Finish, the file dialogs) for a locale, and makes that locale the
// default one, so numbers, dates and money read the same in every window and message. Everything is undone when
// the object goes, so a test can switch the language and leave the application as it found it.
class InterfaceLanguage
{
public:
    // qtTranslationsFolder: where Qt's own qtbase_*.qm files are (Debian: the qt6-translations-l10n package).
    explicit InterfaceLanguage(const QLocale &locale,
                               const QString &qtTranslationsFolder = defaultQtTranslationsFolder());
    ~InterfaceLanguage();

    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

    // The language the interface shows, as a two-letter code: the locale's when Voronka is translated into it,
    // otherwise "en" (the source strings). A new base is seeded in this language.
    QString language() const;
    bool hasVoronkaTranslation() const { return m_voronkaLoaded; }
    bool hasQtTranslation() const { return m_qtLoaded; }
    // The translation files installed, for --version style diagnostics and tests.
    QStringList loadedFiles() const { return m_files; }

    static QString defaultQtTranslationsFolder();

private:
    QLocale m_locale;
    QLocale m_previousDefault;
    std::unique_ptr<QTranslator> m_voronka;
    std::unique_ptr<QTranslator> m_qt;
    bool m_voronkaLoaded = false;
    bool m_qtLoaded = false;
    QStringList m_files;
};

} // namespace voronka
