#pragma once

#include <QComboBox>

namespace voronka {

class Database;

// The region filter of a list: "All regions" and the regions of the base's companies (RegionListQuery, a few dozen
// index look-ups, so it is read on the window's thread), read again each time the list drops down so that a region
// an import brought is there. Choosing one emits QComboBox::currentIndexChanged; reading the list again never does.
class RegionFilter : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionFilter(Database &db, QWidget *parent = nullptr);

    // The region chosen; empty for all regions.
    QString region() const;
    // Reads the regions again, keeping the one chosen (even when no company has it any more).
    void reload();

    void showPopup() override;

private:
    Database &m_db;
};

} // namespace voronka
