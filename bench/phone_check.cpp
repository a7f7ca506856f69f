// voronka_bench_phone_check: checks PhoneNormalizer's fast reading of Russian numbers against libphonenumber's
// parser on every phone of a list (e.g. the one voronka_bench_cold_list writes), and times both.
//
//   voronka_bench_phone_check FILE
//
// The phone column is the one whose header says "телефон" or "phone". Exits 1 on any difference.

#include "domain/PhoneNormalizer.h"
#include "import/CsvReader.h"
#include "import/PhoneCellSplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {
void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        print(QStringLiteral("usage: voronka_bench_phone_check FILE\n"));
        return 2;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        print(QStringLiteral("cannot read %1: %2\n").arg(file.fileName(), file.errorString()));
        return 2;
    }
    voronka::CsvReader reader(&file, {});
    voronka::CsvRecord record;
    if (!reader.start() || !reader.next(record)) {
        print(QStringLiteral("%1: %2\n").arg(file.fileName(), reader.error().message));
        return 2;
    }
    qsizetype column = -1;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString header = record.fields.at(i).toLower();
        if (header.contains(QStringLiteral("телефон")) || header.contains(QLatin1String("phone")))
            column = i;
    }
    if (column < 0) {
        print(QStringLiteral("%1: no phone column in the header\n").arg(file.fileName()));
        return 2;
    }

    QStringList phones;
    while (reader.next(record)) {
        if (column < record.fields.size())
            phones.append(voronka::PhoneCellSplitter::split(record.fields.at(column)));
    }

    const voronka::PhoneNormalizer normalizer;
    QElapsedTimer timer;
    timer.start();
    QList<voronka::NormalizedPhone> ours;
    ours.reserve(phones.size());
    for (const QString &phone : std::as_const(phones))
        ours.append(normalizer.normalize(phone));
    const qint64 oursMs = timer.restart();
    QList<voronka::NormalizedPhone> reference;
    reference.reserve(phones.size());
    for (const QString &phone : std::as_const(phones))
        reference.append(normalizer.normalizeWithParser(phone));
    const qint64 referenceMs = timer.elapsed();

    qsizetype valid = 0;
    qsizetype differences = 0;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        valid += reference.at(i).e164.isEmpty() ? 0 : 1;
        if (ours.at(i).e164 != reference.at(i).e164 || ours.at(i).extension != reference.at(i).extension) {
            if (++differences <= 20) {
                print(QStringLiteral("differs: \"%1\": %2 %3, libphonenumber %4 %5\n")
                          .arg(phones.at(i), ours.at(i).e164, ours.at(i).extension, reference.at(i).e164,
                               reference.at(i).extension));
            }
        }
    }
    print(QStringLiteral("%1 phones (%2 valid): normalize() %3 ms, libphonenumber's parser %4 ms, %5 differences\n")
              .arg(phones.size())
              .arg(valid)
              .arg(oursMs)
              .arg(referenceMs)
              .arg(differences));
    return differences == 0 ? 0 : 1;
}
