// Placeholder: replaced by the sandbox implementation.
int main()
{
    return 0;
}
