#pragma once

#include <QStringList>

namespace voronka {

// `voronka index --db PATH [--busy-timeout MS]`: moves the companies that imports left waiting for the search index
// into it (SearchBacklog), in short steps that let others save meanwhile; what a Voronka window does by itself in
// the background. Searches find the waiting companies without it, only slower.
class IndexCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
