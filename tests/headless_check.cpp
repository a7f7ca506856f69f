// Linked with every object of one headless target (whole archive) and nothing of Qt but Core and Sql: a widget or
// QtGui symbol anywhere in the target leaves an undefined reference, so the build fails before this runs.
int main()
{
    return 0;
}
