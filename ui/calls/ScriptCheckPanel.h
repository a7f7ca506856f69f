#pragma once

#include "domain/CallScript.h"

#include <QListWidget>

namespace voronka {

// What CallScriptRepository::check() says of the script being edited, kept up to date as the user types:
// errors (which stop a save) in red, then warnings.
class ScriptCheckPanel : public QListWidget
{
    Q_OBJECT

public:
    enum Role { IsErrorRole = Qt::UserRole };

    explicit ScriptCheckPanel(QWidget *parent = nullptr);

    void showCheck(const CallScriptCheck &check);
};

} // namespace voronka
