using GraphApi.Tests.Infrastructure;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Limits;

/// <summary>
/// The ordinary test host, with its document validator wrapped to count the validations it runs: a document refused by
/// the limits must be refused before GraphQL.NET's validation (the expensive part on hostile documents) ever sees it.
/// </summary>
public sealed class ValidationCountingFactory : GraphApiFactory
{
    private int _validations;

    /// <summary>Validations run (every operation the executer saw) since the host started or <see cref="ResetValidations"/>.</summary>
    public int Validations => Volatile.Read(ref _validations);

    public void ResetValidations() => Interlocked.Exchange(ref _validations, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The host's own validator (the telemetry wrapper around GraphQL.NET's), counted; the last registration wins.
            var inner = services.Last(d => d.ServiceType == typeof(IDocumentValidator));
            services.AddSingleton<IDocumentValidator>(sp => new CountingValidator(
                inner.ImplementationInstance as IDocumentValidator
                    ?? (IDocumentValidator)(inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
                this));
        });
    }

    private sealed class CountingValidator(IDocumentValidator inner, ValidationCountingFactory owner) : IDocumentValidator
    {
        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Interlocked.Increment(ref owner._validations);
            return inner.ValidateAsync(options);
        }
    }
}
